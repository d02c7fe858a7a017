/**
 * A call is never cut off (issue 19): a visitor who chose whom to call is on the phone, not
 * touching the screen. With the default settings the script and the number stay for five minutes
 * (the event's call time), and the warning that comes then is a bar that leaves the number in
 * view. Time is the page's fake clock (Playwright's page.clock), never a real wait.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './host';
import { KioskPage } from './kiosk-page';

async function boxesOverlap(a: Locator, b: Locator): Promise<boolean> {
  const [x, y] = [await a.boundingBox(), await b.boundingBox()];
  if (!x || !y) throw new Error('not on screen');
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

async function chooseLegislator(page: Page, url: string, language: 'en' | 'es'): Promise<KioskPage> {
  const kiosk = new KioskPage(page);
  await kiosk.open(url);
  await kiosk.start(language);
  await kiosk.chooseWay('call');
  await page.getByTestId('script-card').first().tap();
  await kiosk.typeInto('legislator-zip', '01060');
  // Five digits in: the keypad gets out of the way, and the results are there to tap.
  await expect(kiosk.keyboard()).toBeHidden();
  const mcgovern = page.getByTestId('legislator').filter({ hasText: 'McGovern' });
  await expect(mcgovern).toBeInViewport();
  await mcgovern.tap();
  await expect(page.getByTestId('call-now')).toContainText('(413) 341-8700');
  return kiosk;
}

for (const viewport of [
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
]) {
  test(`${viewport.width}x${viewport.height}: a script with a legislator chosen is still there after 90 s untouched; at five minutes the warning leaves the number in view`, async ({ page, host }) => {
    await page.setViewportSize(viewport);
    await page.clock.install();
    await chooseLegislator(page, host.url, 'en');

    // Longer than the event's 60 s idle time, without a touch.
    await page.clock.fastForward(90_000);
    await expect(page.getByTestId('idle-warning')).toHaveCount(0);
    await expect(page.getByTestId('call-now')).toBeInViewport();
    await expect(page.getByTestId('call-number')).toBeInViewport();

    // The default call time is five minutes.
    await page.clock.fastForward(210_000);
    const warning = page.getByTestId('idle-warning');
    await expect(warning).toBeVisible();
    await expect(warning).toHaveAttribute('data-docked', 'true');
    for (const kept of [page.getByTestId('call-now'), page.getByTestId('call-number')]) {
      await expect(kept).toBeInViewport();
      expect(await boxesOverlap(kept, warning)).toBe(false);
    }
    // The script is not hidden from assistive technology while the warning shows.
    await expect(page.locator('.session')).not.toHaveAttribute('aria-hidden', 'true');

    // "Still here" gives another five minutes; then the warning's 15 s end the session.
    await page.getByTestId('still-here').tap();
    await expect(warning).toHaveCount(0);
    await page.clock.fastForward(299_000);
    await expect(page.getByTestId('call-now')).toBeVisible();
    await page.clock.fastForward(2_000);
    await expect(warning).toBeVisible();
    await page.clock.fastForward(16_000);
    await expect(page.getByTestId('attract')).toBeVisible();
  });
}

test('without a legislator chosen, the script screen waits the usual idle time, and the warning covers the screen', async ({ page, host }) => {
  await page.clock.install();
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await kiosk.start('es');
  await kiosk.chooseWay('call');
  await page.getByTestId('script-card').first().tap();
  await page.clock.fastForward(61_000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await expect(page.getByTestId('idle-warning')).not.toHaveAttribute('data-docked', 'true');
});

test('the call time is the event’s: set to 2 minutes, the warning comes at 2 minutes', async ({ page, host }) => {
  await host.api('event.update', { callIdleSeconds: 120 }, await host.token());
  await page.clock.install();
  await chooseLegislator(page, host.url, 'es');
  await page.clock.fastForward(100_000);
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await page.clock.fastForward(21_000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await expect(page.getByTestId('idle-warning')).toContainText('¿Sigue ahí?');
});
