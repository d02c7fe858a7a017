/**
 * Organizations are the organizer's (issue 19): added in the console with every field in both
 * languages, by touch, through the same validated content import; featured first or hidden at this
 * event with a tap. The kiosk, the sign-up form, the print tab and the flyer follow.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { ConsolePage } from './console-page';
import { expect, test } from './host';

const NAME = 'Pioneer Valley Workers Center';
const ID = 'pioneer-valley-workers-center';

/** Types into a text box of the editor: tap it, type on the on-screen keyboard, close it. */
async function fill(console: ConsolePage, testId: string, text: string): Promise<void> {
  await console.tapEnd(testId);
  await console.type(text);
  await expect(console.page.getByTestId(testId)).toHaveValue(text);
  await console.kiosk.closeKeyboard();
}

test('an organization added in the console shows on the kiosk in both languages, first, and on the flyer; a hidden one shows nowhere', async ({ page, host }) => {
  test.setTimeout(180_000);
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('content');
  await page.getByTestId('add-organization').tap();
  await expect(page.getByTestId('organization-editor')).toContainText('A new organization');

  // A save with texts missing is refused at the fields, and nothing changes.
  await fill(console, 'org-name', NAME);
  await page.getByTestId('editor-save').tap();
  await expect(page.getByTestId('content-outcome')).toContainText('Not saved: the current content stays.');
  await expect(page.getByTestId('organization-editor').locator('.field--invalid').first()).toBeVisible();

  await fill(console, 'org-url', 'https://pvwc.org');
  await fill(console, 'org-phone', '4135550190');
  await page.getByTestId('org-section-legal').tap();
  await page.getByTestId('org-categories-legal').tap();
  await expect(page.getByTestId('org-regions-massachusetts')).toHaveAttribute('aria-pressed', 'true');
  await fill(console, 'org-location-en', 'Northampton, Massachusetts');
  await fill(console, 'org-location-es', 'Northampton, Massachusetts');
  await fill(console, 'org-summary-en', 'Free immigration clinic in Northampton.');
  await fill(console, 'org-summary-es', 'Clínica gratuita de inmigración en Northampton.');
  await fill(console, 'org-description-en', 'Workers and families meet lawyers every Tuesday.');
  await fill(console, 'org-description-es', 'Trabajadores y familias ven a abogados cada martes.');
  await fill(console, 'org-how-en', 'Call the hotline or walk in.');
  await fill(console, 'org-how-es', 'Llame a la línea o venga sin cita.');
  await page.getByTestId('editor-save').tap();
  await expect(page.getByTestId('content-outcome')).toHaveText(`Saved ${NAME}. The kiosk shows the change now.`);
  await expect(page.getByTestId('content-summary')).toContainText('18 organizations');

  // Featured first at this event; CHIRLA (Los Angeles) hidden.
  await page.getByTestId(`organization-${ID}-featured`).tap();
  await expect(page.getByTestId(`organization-${ID}`)).toHaveAttribute('data-visibility', 'featured');
  await page.getByTestId('organization-chirla-hidden').tap();
  await expect(page.getByTestId('organization-chirla')).toHaveAttribute('data-visibility', 'hidden');
  const { body } = await host.api<{ featuredOrganizations: string[]; hiddenOrganizations: string[] }>('event.get');
  expect(body.result).toMatchObject({ featuredOrganizations: [ID], hiddenOrganizations: ['chirla'] });

  // The print tab offers it (and not the hidden one); the flyer made without choosing leads with it.
  await console.tab('print');
  await expect(page.getByTestId(`print-org-${ID}`)).toBeVisible();
  await expect(page.getByTestId('print-org-chirla')).toHaveCount(0);
  await page.getByTestId('print-make').tap();
  await expect(page.getByTestId('print-preview')).toHaveAttribute('data-kind', 'flyer');
  const { bytes } = await console.download('print-save');
  const file = test.info().outputPath('flyer.pdf');
  fs.writeFileSync(file, bytes);
  const flyer = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(flyer).toContain(NAME);
  expect(flyer).toContain('pvwc.org');
  expect(flyer).not.toContain('CHIRLA');

  await console.exit();
  for (const language of ['en', 'es'] as const) {
    await console.kiosk.start(language);
    await console.kiosk.chooseWay('legal');
    const cards = page.getByTestId('org-card');
    await expect(cards.first()).toHaveAttribute('data-org-id', ID);
    await expect(cards.first()).toContainText(language === 'en' ? 'Free immigration clinic in Northampton.' : 'Clínica gratuita de inmigración en Northampton.');
    await expect(page.locator('[data-testid="org-card"][data-org-id="chirla"]')).toHaveCount(0);
    await console.kiosk.openOrganization(ID);
    await expect(page.locator('.org-page')).toContainText(language === 'en' ? 'Workers and families meet lawyers every Tuesday.' : 'Trabajadores y familias ven a abogados cada martes.');
    await expect(page.locator('.org-page')).toContainText(language === 'en' ? 'Call the hotline or walk in.' : 'Llame a la línea o venga sin cita.');
    await expect(page.locator('.org-page')).toContainText('(413) 555-0190');
    // Its sign-up box is first on the form; the hidden one is not there even behind "more".
    await page.getByTestId('home').tap();
    await console.kiosk.chooseWay('signup');
    await expect(page.getByTestId('share').locator('input[type="checkbox"]').first()).toHaveAttribute('data-testid', `share-${ID}`);
    await page.getByTestId('more-orgs').tap();
    await expect(page.getByTestId('share-chirla')).toHaveCount(0);
    // Back to the attract screen for the next language.
    await page.reload();
    await expect(page.getByTestId('attract')).toBeVisible();
  }
});
