import { ConsolePage, PIN } from './console-page';
import { expect, test } from './host';

test('an organizer sets a PIN, signs in by touch and sees a sign-up made at the kiosk', async ({ page, host }) => {
  await host.api('signup.create', {
    language: 'en',
    firstName: 'Carmen',
    email: 'carmen@example.org',
    organizationIds: ['chirla'],
    consent: { email: true, sms: false },
  });
  const console = new ConsolePage(page);
  await console.kiosk.open(host.url);
  await console.openPinScreen();
  await console.enterPin(PIN);
  await console.enterPin(PIN);
  await expect(page.getByTestId('console')).toBeVisible();
  await expect(page.getByTestId('signup-total')).toHaveText('1 sign-up');
  await expect(page.getByTestId('signup-row')).toContainText('Carmen');

  await console.exit();
  await expect(page.locator('body')).not.toContainText('Carmen');
});

test('a wrong PIN five times locks the console, and the right PIN then fails too', async ({ page, host }) => {
  await host.api('organizer.setup', { pin: PIN });
  const console = new ConsolePage(page);
  await console.kiosk.open(host.url);
  await console.openPinScreen();
  for (let i = 1; i <= 4; i++) {
    await console.enterPin('000000');
    await expect(page.getByTestId('pin-message')).toContainText(`${5 - i} ${5 - i === 1 ? 'try' : 'tries'} left`);
  }
  await console.enterPin('000000');
  await expect(page.getByTestId('pin-message')).toContainText('Too many wrong PINs');
  await console.enterPin(PIN);
  await expect(page.getByTestId('pin-message')).toContainText('Too many wrong PINs');
  await expect(page.getByTestId('console')).toHaveCount(0);
});
