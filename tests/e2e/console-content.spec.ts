import fs from 'node:fs';
import { ConsolePage } from './console-page';
import { expect, test } from './host';

const defaultPack = () => JSON.parse(fs.readFileSync('data/content/default-pack.json', 'utf8')) as {
  organizations: { id: string; url?: string }[];
};

test('an organization edited in the console shows on the kiosk, in both languages', async ({ page, host }) => {
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('content');
  await expect(page.getByTestId('content-summary')).toContainText('Facts as of November 25, 2026');
  await expect(page.getByTestId('content-summary')).toContainText('17 organizations, 2 call scripts');

  await page.getByTestId('edit-organization-bijan').tap();
  await expect(page.getByTestId('organization-editor')).toBeVisible();
  const name = await page.getByTestId('org-name').inputValue();
  await console.appendText('org-name', ' Boston');
  await console.appendText('org-summary-es', ' Nuevo');
  await page.getByTestId('editor-save').tap();
  await expect(page.getByTestId('content-outcome')).toHaveText(`Saved ${name} Boston. The kiosk shows the change now.`);
  await expect(page.getByTestId('content-organizations')).toContainText(`${name} Boston`);

  await console.exit();
  await console.kiosk.start('es');
  await console.kiosk.chooseWay('volunteer');
  const card = page.locator('[data-testid="org-card"][data-org-id="bijan"]');
  await expect(card).toContainText(`${name} Boston`);
  await expect(card).toContainText(/Boston\. Nuevo/);
});

test('an edit core refuses is shown at its field, and the kiosk keeps the current content', async ({ page, host }) => {
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('content');
  await page.getByTestId('edit-organization-mira-coalition').tap();
  await console.replaceText('org-url', 'miracoalition');
  await page.getByTestId('editor-save').tap();
  await expect(page.getByTestId('content-outcome')).toContainText('Not saved: the current content stays.');
  await expect(page.getByTestId('issues')).toContainText('organizations.0.url: Invalid URL');
  await expect(page.getByTestId('organization-editor').locator('.field--invalid')).toContainText('Invalid URL');
  const { body } = await host.api<{ organizations: { url?: string }[] }>('content.get');
  expect(body.result?.organizations[0]?.url).toBe('https://www.miracoalition.org');
});

test('importing a pack: a bad field is named with its reason, a non-JSON file is explained, a good pack replaces the content', async ({ page, host }) => {
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('content');
  const input = page.getByTestId('content-import');

  const broken = defaultPack();
  broken.organizations[2]!.url = 'not a url';
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByTestId('content-outcome')).toContainText('Not saved: the current content stays.');
  await expect(page.getByTestId('issues')).toHaveText('organizations.2.url: Invalid URL');

  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('first_name,email\nAna,ana@example.org\n') });
  await expect(page.getByTestId('content-outcome')).toHaveText('notes.txt is not a content pack: it is not a JSON file. Nothing was changed.');

  // The pack saved from the console imports back; a smaller one replaces the content.
  const { name, bytes } = await console.download('content-export');
  expect(name).toMatch(/^take-action-content-.*\.json$/);
  const pack = JSON.parse(bytes.toString('utf8')) as { organizations: unknown[]; version: string };
  pack.organizations = pack.organizations.slice(0, 3);
  pack.version = '2026.11.26';
  await input.setInputFiles({ name: 'smaller.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  await expect(page.getByTestId('content-outcome')).toContainText('Imported smaller.json: version 2026.11.26');
  await expect(page.getByTestId('content-summary')).toContainText('3 organizations, 2 call scripts');
  await console.exit();
  await console.kiosk.start('en');
  await console.kiosk.chooseWay('volunteer');
  await expect(page.getByTestId('org-card')).toHaveCount(3);
});
