import { ConsolePage, PIN } from './console-page';
import { choosePin } from './organizer';
import { expect, test } from './host';

test.describe('first run', () => {
  test.use({ firstRun: true });

  test('the kiosk stays closed until the organizer chooses a PIN, then the console opens and sees a kiosk sign-up', async ({ page, host }) => {
    await host.api('signup.create', {
      language: 'en',
      firstName: 'Carmen',
      email: 'carmen@example.org',
      organizationIds: ['chirla'],
      consent: { email: true, sms: false },
    });
    const console = new ConsolePage(page);
    await page.goto(host.url);
    await expect(page.getByTestId('first-run')).toContainText('Welcome: set up this kiosk');
    await expect(page.getByTestId('attract')).toHaveCount(0);
    await expect(page.getByTestId('pin-cancel')).toHaveCount(0);
    // Reloading does not open the kiosk either.
    await page.reload();
    await expect(page.getByTestId('first-run')).toBeVisible();

    await console.enterPin('12345');
    await expect(page.getByTestId('pin-message')).toContainText('at least 6 digits');
    // Core refuses a PIN anyone would try first; the screen says why and asks again.
    await console.enterPin('123456');
    await console.enterPin('123456');
    await expect(page.getByTestId('pin-message')).toContainText('That PIN is too easy to guess');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose an organizer PIN');
    await console.enterPin(PIN);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter the same PIN again');
    // Switching language halfway keeps the PIN typed once.
    await console.kiosk.switchLanguage('es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Escriba el mismo PIN otra vez');
    await console.enterPin(PIN);
    await expect(page.getByTestId('console')).toBeVisible();
    await console.kiosk.switchLanguage('en');
    // Next comes the data key, before anyone reads a sign-up.
    await expect(page.getByTestId('vault-setup')).toBeVisible();
    await console.tab('signups');
    await expect(page.getByTestId('signup-total')).toHaveText('1 sign-up');
    await expect(page.getByTestId('signup-row')).toContainText('Carmen');

    await console.exit();
    await expect(page.locator('body')).not.toContainText('Carmen');
    await page.reload();
    await expect(page.getByTestId('attract')).toBeVisible();
    expect((await host.api<{ pinSet: boolean }>('organizer.status')).body.result?.pinSet).toBe(true);
  });

  test('digits left on the first-run screen are cleared after a minute, and it stays closed', async ({ page, host }) => {
    await page.clock.install();
    const console = new ConsolePage(page);
    // The first answer about the PIN is lost: the screen says so and offers to try again.
    let failures = 0;
    await page.route('**/api/organizer.status', (route) => (failures++ === 1 ? route.abort() : route.continue()));
    await page.goto(host.url);
    await expect(page.getByTestId('pin-message')).toHaveText('The console is not available right now. Please try again.');
    await page.getByTestId('pin-retry').tap();
    await expect(page.getByTestId('first-run')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose an organizer PIN');
    await console.kiosk.switchLanguage('es');
    await expect(page.getByTestId('first-run')).toContainText('configure este quiosco');
    await console.enterPin(PIN);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Escriba el mismo PIN otra vez');
    for (const digit of '12') await page.locator(`.pinpad [data-key="${digit}"]`).tap();
    await expect(page.getByTestId('pin-dots')).toHaveText('●●');
    await page.clock.fastForward(61_000);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Elija un PIN de organizador');
    await expect(page.getByTestId('pin-dots')).toHaveText('PIN');
    await expect(page.getByTestId('attract')).toHaveCount(0);
    expect((await host.api<{ pinSet: boolean }>('organizer.status')).body.result?.pinSet).toBe(false);
  });
});

test('a wrong PIN five times locks the console, and the right PIN then fails too', async ({ page, host }) => {
  await choosePin(host.api);
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

test('a Spanish-speaking organizer gets core’s answers in Spanish', async ({ page, host }) => {
  await choosePin(host.api);
  const console = new ConsolePage(page);
  await console.kiosk.open(host.url);
  await console.openPinScreen();
  await console.kiosk.switchLanguage('es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Escriba el PIN de organizador');
  await console.enterPin('000000');
  await expect(page.getByTestId('pin-message')).toHaveText(
    'Ese PIN no es correcto. Le quedan 4 intentos antes de que la consola se bloquee por un tiempo.',
  );
});
