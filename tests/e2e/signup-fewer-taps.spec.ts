/**
 * Sign-up in fewer taps (issue 19): the organizations to share with start from the featured ones
 * and the event's region, the rest behind "more" (a Spanish visitor once scrolled past 17 boxes);
 * the thank-you screen offers the next step, calling their legislators. Taps are counted.
 */
import { expect, test } from './host';
import { KioskPage } from './kiosk-page';

test('a Spanish sign-up at a Massachusetts rally: the featured and local organizations first, then a call', async ({ page, host }) => {
  await host.api('event.update', { region: 'massachusetts', featuredOrganizations: ['immigration-advocates-network'] }, await host.token());
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  let taps = 0;
  await page.exposeFunction('countTap', () => (taps += 1));
  // Every touch the page gets, counted in the test (a string: this runs in the page, not in Node).
  await page.evaluate("document.addEventListener('pointerdown', () => window.countTap(), { capture: true })");

  await kiosk.start('es');
  await kiosk.chooseWay('signup');
  const share = page.getByTestId('share');
  const boxes = share.locator('input[type="checkbox"]');
  // The featured one, then Massachusetts's three; the 13 others behind one button.
  await expect(boxes).toHaveCount(4);
  await expect(boxes.first()).toHaveAttribute('data-testid', 'share-immigration-advocates-network');
  await expect(share).not.toContainText('CHIRLA');
  await expect(page.getByTestId('more-orgs')).toHaveText('Ver 13 organizaciones más');

  await kiosk.typeInto('first-name', 'María');
  await kiosk.typeInto('phone', '4135550142');
  await kiosk.closeKeyboard();
  await kiosk.tapCheckbox('consent-sms');
  await kiosk.tapCheckbox('share-mira-coalition');
  await kiosk.submit();
  await expect(page.getByTestId('thanks')).toContainText('Su inscripción quedó guardada.');
  // Español, the card, the name (tap, 5 keys and the accent page), the phone (tap and 10 keys),
  // Done, 2 boxes, submit: 24 taps, where the walkthrough's Spanish sign-up took 69.
  expect(taps).toBe(24);

  // The next step is offered before the screen clears.
  await page.getByTestId('thanks-call').tap();
  await expect(page.getByTestId('script-card').first()).toBeVisible();
  await expect(page.locator('h1')).toHaveText('Llame a sus legisladores');
});
