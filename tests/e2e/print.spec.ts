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
  // The keypad closes by itself at five digits.
  await expect(kiosk.keyboard()).toBeHidden();
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

test('switching document shows only the current document: the previous preview and Save go; each document keeps its own choices, across tabs too', async ({ page, host }) => {
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('print');
  // A Spanish A4 flyer with two chosen organizations.
  await page.getByTestId('print-language-es').tap();
  await page.getByTestId('print-paper-a4').tap();
  await page.getByTestId('print-org-bijan').tap();
  await page.getByTestId('print-org-nilc').tap();
  await page.getByTestId('print-make').tap();
  await expect(page.getByTestId('print-preview')).toHaveAttribute('data-kind', 'flyer');
  await expect(page.getByTestId('print-preview')).toContainText('Volante del evento');
  await expect(page.getByTestId('print-preview')).toBeInViewport();

  // Another document: nothing of the flyer stays on screen.
  await page.getByTestId('print-kind-signup-sheet').tap();
  await expect(page.getByTestId('print-preview')).toHaveCount(0);
  await expect(page.getByTestId('print-save')).toHaveCount(0);
  await expect(page.locator('.print-preview__frame')).toHaveCount(0);
  // The sheet has its own choices: the event's language and Letter, not the flyer's.
  await expect(page.getByTestId('print-language-en')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('print-paper-letter')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('print-language-en+es').tap();
  await page.getByTestId('print-make').tap();
  await expect(page.getByTestId('print-preview')).toHaveAttribute('data-kind', 'signup-sheet');
  await expect(page.getByTestId('print-preview')).toContainText('Sign-up sheet / Hoja de inscripción · Take Action for Immigrants: 1 page,');
  const { name, bytes } = await console.download('print-save');
  expect(name).toMatch(/-signup-sheet-en-es-letter\.pdf$/);
  const file = test.info().outputPath(name);
  fs.writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Please print clearly.');
  expect(text).toContain('Escriba con letra clara');

  // A changed choice takes the made document off the screen too.
  await page.getByTestId('print-paper-a4').tap();
  await expect(page.getByTestId('print-preview')).toHaveCount(0);

  // Away to another tab and back: the flyer's choices are still the flyer's.
  await console.tab('event');
  await console.tab('print');
  await expect(page.getByTestId('print-kind-signup-sheet')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('print-language-en+es')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('print-kind-flyer').tap();
  await expect(page.getByTestId('print-language-es')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('print-paper-a4')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('print-org-bijan')).toBeChecked();
  await expect(page.getByTestId('print-org-nilc')).toBeChecked();
  await expect(page.getByTestId('print-preview')).toHaveCount(0);
});
