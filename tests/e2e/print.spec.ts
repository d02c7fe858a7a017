import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './host';
import { KioskPage } from './kiosk-page';

async function signIn(page: Page, url: string): Promise<void> {
  const kiosk = new KioskPage(page);
  await kiosk.open(url);
  for (let i = 0; i < 5; i++) await page.getByTestId('organizer-corner').tap();
  for (const digit of '135790') await page.locator(`.pinpad [data-key="${digit}"]`).tap();
  await page.locator('.pinpad [data-key="ok"]').tap();
  await expect(page.getByTestId('console')).toBeVisible();
}

test('an organizer makes a Spanish 2-up call-script handout for a ZIP, previews and saves it', async ({ page, host }) => {
  await host.api('organizer.setup', { pin: '135790' });
  await signIn(page, host.url);
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
  expect(text).toContain('Senator Edward J. Markey');
  expect(text).toContain('(617) 565-8519');
  expect(text).toMatch(/Podría|podría/);
  await page.screenshot({ path: 'test-results/screens/portrait-en-console-print.png', fullPage: true });
});
