import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { expect, test } from './host';
import { ConsolePage } from './console-page';
import { KioskPage } from './kiosk-page';

test('an organizer makes a Spanish 2-up call-script handout for a ZIP, previews and saves it', async ({ page, host }) => {
  await new ConsolePage(page).signIn(host);
  await page.getByTestId('tab-print').tap();
  await page.getByTestId('print-kind-script').tap();
  await page.getByTestId('print-language-es').tap();
  await page.getByTestId('print-layout-2-up').tap();
  await page.getByTestId('print-script-ma-safe-communities').tap(); // leave only the Congress script
  const kiosk = new KioskPage(page);
  await kiosk.typeInto('legislator-zip', '02130');
  await kiosk.closeKeyboard();
  await page.getByTestId('legislator').filter({ hasText: 'Edward J. Markey' }).tap();
  await page.getByTestId('print-make').tap();
  await expect(page.getByTestId('print-preview')).toContainText('.pdf');
  await expect(page.locator('.print-preview__frame')).toHaveAttribute('src', /^blob:/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('print-save').tap()]);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const times = (needle: string) => text.split(needle).length - 1;
  // 2-up: two copies of the Congress handout on one page, with a line to cut between them.
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
  expect(times('Congreso de EE. UU.: apoye a las personas refugiadas')).toBe(2);
  expect(times('Senator Edward J. Markey')).toBe(2);
  expect(times('(617) 565-8519')).toBe(2);
  expect(text).toContain('corte aquí');
  expect(text).toMatch(/Podría|podría/);
  // The Massachusetts script was left out, in both of its languages.
  expect(text).not.toContain('Legislatura de Massachusetts');
  expect(text).not.toContain('Massachusetts Legislature');
  await page.screenshot({ path: 'test-results/screens/portrait-en-console-print.png', fullPage: true });
});
