/**
 * Every kiosk screen, in every language (English and Spanish in both orientations, the others in
 * portrait: languages.spec.ts lays them out in landscape): an axe-core audit (WCAG 2 A/AA plus
 * AAA contrast and target size: see axe.ts) with `lang` set on the page, a check for clipped or
 * overlapping text, and a screenshot to look at, under test-results/screens/.
 */
import { audit, ORIENTATIONS } from './axe';
import { expect, test } from './host';
import { KioskPage } from './kiosk-page';
import { tourEveryScreen } from './screen-tour';
import { expectTidyLayout } from './layout';
import { LANGUAGES } from '../../src/common/languages';

test('the kiosk keeps its scale without forbidding zoom in its viewport tag (WCAG 1.4.4)', async ({ page, host }) => {
  await new KioskPage(page).open(host.url);
  await expect(page.locator('meta[name="viewport"]')).toHaveAttribute('content', 'width=device-width, initial-scale=1');
  // Touch pinches and double taps do not zoom; scrolling still works.
  expect(await page.evaluate('getComputedStyle(document.body).touchAction')).toBe('pan-x pan-y');
  // A trackpad pinch reaches the page as a wheel event with ctrlKey: cancelled. A plain wheel is not.
  const cancelled = await page.evaluate(
    "[true, false].map((ctrlKey) => !document.body.dispatchEvent(new WheelEvent('wheel', { ctrlKey, deltaY: -10, bubbles: true, cancelable: true })))",
  );
  expect(cancelled).toEqual([true, false]);
});

for (const [orientation, viewport] of Object.entries(ORIENTATIONS)) {
  for (const language of LANGUAGES.filter((l) => orientation === 'portrait' || l === 'en' || l === 'es')) {
    test(`every screen passes axe and is captured (${orientation}, ${language})`, async ({ page, host }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(viewport);
      await page.clock.install();
      const shot = async (name: string) => {
        await expect(page.locator('html')).toHaveAttribute('lang', name === '01-attract' ? 'en' : language);
        await audit(page, `${orientation} ${language} ${name}`);
        await expectTidyLayout(page, `${orientation} ${language} ${name}`);
        await page.screenshot({ path: `test-results/screens/${orientation}-${language}-${name}.png` });
      };
      await tourEveryScreen(page, host.url, language, shot);
    });
  }
}

test.describe('legislator data that has expired', () => {
  test.use({ today: '2027-01-04' });
  for (const [orientation, viewport] of Object.entries(ORIENTATIONS)) {
    for (const language of ['en', 'es'] as const) {
      test(`the call screens with the expiry notice pass axe and are captured (${orientation}, ${language})`, async ({ page, host }) => {
        await page.setViewportSize(viewport);
        const kiosk = new KioskPage(page);
        await kiosk.open(host.url);
        await kiosk.start(language);
        await kiosk.chooseWay('call');
        await expect(page.getByTestId('legislators-expired')).toBeVisible();
        await audit(page, `${orientation} ${language} calls expired`);
        await page.screenshot({ path: `test-results/screens/${orientation}-${language}-05x-calls-expired.png` });
        await page.getByTestId('script-card').first().tap();
        await expect(page.getByTestId('legislators-expired')).toBeVisible();
        await audit(page, `${orientation} ${language} script expired`);
        await page.screenshot({ path: `test-results/screens/${orientation}-${language}-06x-script-expired.png` });
      });
    }
  }
});
