import type { Page } from '@playwright/test';
import { expect, test } from './host';
import { KioskPage } from './kiosk-page';

const PIN = '482916';

async function openConsole(page: Page): Promise<void> {
  for (let i = 0; i < 5; i++) await page.getByTestId('organizer-corner').tap();
  await expect(page.getByTestId('pin-screen')).toBeVisible();
}

async function enterPin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.locator(`.pinpad [data-key="${digit}"]`).tap();
  await page.locator('.pinpad [data-key="ok"]').tap();
}

test('an organizer sets a PIN, signs in by touch and sees a sign-up made at the kiosk', async ({ page, host }) => {
  await host.api('signup.create', {
    language: 'en',
    firstName: 'Carmen',
    email: 'carmen@example.org',
    organizationIds: ['chirla'],
    consent: { email: true, sms: false },
  });
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await openConsole(page);
  await enterPin(page, PIN);
  await enterPin(page, PIN);
  await expect(page.getByTestId('console')).toBeVisible();
  await expect(page.getByTestId('signup-total')).toHaveText('1 sign-up');
  await expect(page.getByTestId('signup-row')).toContainText('Carmen');
  await page.screenshot({ path: 'test-results/screens/portrait-en-console-signups.png' });

  await page.getByTestId('console-exit').tap();
  await expect(page.getByTestId('attract')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Carmen');
});

test('a wrong PIN five times locks the console, and the right PIN then fails too', async ({ page, host }) => {
  await host.api('organizer.setup', { pin: PIN });
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await openConsole(page);
  for (let i = 1; i <= 4; i++) {
    await enterPin(page, '000000');
    await expect(page.getByTestId('pin-message')).toContainText(`${5 - i} ${5 - i === 1 ? 'try' : 'tries'} left`);
  }
  await enterPin(page, '000000');
  await expect(page.getByTestId('pin-message')).toContainText('Too many wrong PINs');
  await enterPin(page, PIN);
  await expect(page.getByTestId('pin-message')).toContainText('Too many wrong PINs');
  await expect(page.getByTestId('console')).toHaveCount(0);
});
