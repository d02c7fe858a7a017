/**
 * Every kiosk screen, in both languages and both orientations: an axe-core audit (WCAG 2 A/AA plus
 * AAA contrast and target size: see axe.ts) and a screenshot to look at, under test-results/screens/.
 */
import { audit, ORIENTATIONS } from './axe';
import { expect, test } from './host';
import { KioskPage } from './kiosk-page';

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
  for (const language of ['en', 'es'] as const) {
    test(`every screen passes axe and is captured (${orientation}, ${language})`, async ({ page, host }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(viewport);
      await page.clock.install();
      const kiosk = new KioskPage(page);
      const shot = async (name: string) => {
        await audit(page, `${orientation} ${language} ${name}`);
        await page.screenshot({ path: `test-results/screens/${orientation}-${language}-${name}.png` });
      };
      await kiosk.open(host.url);
      await shot('01-attract');
      await kiosk.start(language);
      await shot('02-home');
      await kiosk.chooseWay('volunteer');
      await shot('03-browse');
      await kiosk.openOrganization('project-citizenship');
      await shot('04-organization');
      await page.getByTestId('home').tap();
      await kiosk.chooseWay('call');
      await shot('05-calls');
      await page.getByTestId('script-card').first().tap();
      await shot('06-script');
      await page.getByTestId('more-about-bills').tap();
      await expect(page.getByTestId('bills')).toBeVisible();
      await shot('06a-script-bills');
      await kiosk.typeInto('legislator-zip', '01060');
      // The keypad closes by itself at five digits.
      await expect(kiosk.keyboard()).toBeHidden();
      await page.getByTestId('legislator').filter({ hasText: 'Warren' }).tap();
      await expect(page.getByTestId('what-to-say')).toBeInViewport();
      await page.getByTestId('other-numbers-toggle').tap();
      await expect(page.getByTestId('call-number-other').first()).toBeVisible();
      await shot('06b-script-call');
      await page.getByTestId('outcome-talked').tap();
      await expect(page.getByTestId('call-outcome-saved')).toBeVisible();
      await shot('06c-script-called');
      await page.getByTestId('home').tap();
      await expect(page.getByTestId('home-calls')).toBeVisible();
      await shot('06d-home-calls');
      await kiosk.chooseWay('call');
      await page.getByTestId('script-card').nth(1).tap();
      await kiosk.typeInto('state-search', 'Second Suffolk');
      await kiosk.closeKeyboard();
      await page.getByTestId('state-legislator').first().tap();
      await expect(page.getByTestId('call-number')).toBeInViewport();
      await shot('06e-script-state');
      await page.getByTestId('home').tap();
      await kiosk.chooseWay('signup');
      await shot('07-signup');
      await page.getByTestId('first-name').tap();
      await shot('08-signup-keyboard');
      await kiosk.closeKeyboard();
      await kiosk.submit();
      await shot('09-signup-errors');
      await kiosk.typeInto('first-name', 'Ana');
      await kiosk.typeInto('phone', '6175550123');
      await kiosk.closeKeyboard();
      await kiosk.tapCheckbox('consent-sms');
      await kiosk.submit();
      await expect(page.getByTestId('thanks')).toBeVisible();
      await shot('10-thanks');
      await page.getByTestId('done').tap();
      await kiosk.start(language);
      await page.clock.fastForward(61_000);
      await expect(page.getByTestId('idle-warning')).toBeVisible();
      await shot('11-idle-warning');
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
