/**
 * Languages in the organizer console: which ones the start screen offers, and the review of each
 * translation (its status, the file for a reviewer, their corrections back), by touch, as an
 * organizer does it; the kiosk then shows what changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { audit } from './axe';
import { ConsolePage } from './console-page';
import { expect, test } from './host';

test('the organizer chooses the languages the start screen offers, and the default follows', async ({ page, host }) => {
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('event');
  for (const language of ['pt-BR', 'ht']) {
    await page.getByTestId(`event-languages-${language}`).tap();
    await expect(page.getByTestId(`event-languages-${language}`)).not.toBeChecked();
  }
  // Turning off the default language moves the default to the first one still offered.
  await page.getByTestId('event-languages-en').tap();
  await expect(page.getByTestId('event-language-es')).toBeChecked();
  await expect(page.getByTestId('event-language-en')).toHaveCount(0);
  await page.getByTestId('event-save').tap();
  await expect(page.getByTestId('event-message')).toHaveText('Saved. The kiosk uses the new settings now.');
  expect((await host.api<{ languages: string[]; defaultLanguage: string }>('event.get')).body.result).toMatchObject({ languages: ['es', 'vi'], defaultLanguage: 'es' });

  await console.exit();
  await expect(page.locator('.attract__languages button')).toHaveText(['Español', 'Tiếng Việt']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('the Languages tab shows each review status, saves the review file and takes a reviewer’s corrections', async ({ page, host }) => {
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('languages');
  const vi = page.getByTestId('translations-vi');
  await expect(page.getByTestId('translation-status-vi-kiosk')).toContainText('Not reviewed');
  await expect(page.getByTestId('translation-status-vi-pack')).toContainText('None');
  await audit(page, 'console languages');
  await page.screenshot({ path: 'test-results/screens/portrait-en-console-14-languages.png', fullPage: true });

  const file = await console.download('translations-export-vi');
  expect(file.name).toMatch(/^take-action-translations-vi-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = file.bytes.toString('utf8');
  expect(csv.startsWith('\uFEFFkey,english,translation,status\r\n')).toBe(true);
  expect(csv).toContain('kiosk:attract.touch,Touch to start,Chạm để bắt đầu,not reviewed\r\n');

  // A reviewer's corrections, from a spreadsheet.
  const reviewed = csv.replace('kiosk:attract.touch,Touch to start,Chạm để bắt đầu,not reviewed', 'kiosk:attract.touch,Touch to start,Chạm vào đây để bắt đầu,reviewed');
  const corrected = path.join(host.dataDir, '..', `reviewed-${Date.now()}.csv`);
  fs.writeFileSync(corrected, reviewed);
  await page.getByTestId('translations-import-vi').setInputFiles(corrected);
  await expect(page.getByTestId('translations-outcome')).toContainText('1 texts changed, 1 marked as reviewed');
  await expect(page.getByTestId('translation-status-vi-kiosk')).toContainText(/^Kiosk screens\s*1 of \d+ reviewed/);

  // A file with a placeholder dropped is refused, row named, and changes nothing.
  const broken = path.join(host.dataDir, '..', `broken-${Date.now()}.csv`);
  const dropped = reviewed.replace('kiosk:legislators.extension,ext. {{extension}},số nội bộ {{extension}},not reviewed', 'kiosk:legislators.extension,ext. {{extension}},số nội bộ,reviewed');
  expect(dropped).not.toBe(reviewed);
  fs.writeFileSync(broken, dropped);
  await page.getByTestId('translations-import-vi').setInputFiles(broken);
  await expect(page.getByTestId('translations-outcome')).toContainText('The corrections were not imported');
  await expect(page.getByTestId('issues')).toContainText('kiosk:legislators.extension');
  await expect(vi).toContainText('1 of');

  await console.exit();
  await expect(page.locator('.attract__touch [lang="vi"]')).toHaveText('Chạm vào đây để bắt đầu');
});
