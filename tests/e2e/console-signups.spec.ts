import { ConsolePage } from './console-page';
import { expect, test, type Host } from './host';

async function signUp(host: Host, person: { firstName: string; email?: string; phone?: string; language?: 'en' | 'es'; organizationIds?: string[]; sms?: boolean }) {
  const { status } = await host.api('signup.create', {
    language: person.language ?? 'en',
    firstName: person.firstName,
    email: person.email,
    phone: person.phone,
    organizationIds: person.organizationIds ?? [],
    consent: { email: Boolean(person.email), sms: Boolean(person.sms) },
  });
  expect(status).toBe(200);
}

test('a sign-up made at the kiosk shows in the counts and in full, consent texts included; deleting it asks first', async ({ page, host }) => {
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.exit();

  // A visitor signs up by touch, in Spanish, for MIRA.
  const kiosk = console.kiosk;
  await kiosk.start('es');
  await kiosk.chooseWay('volunteer');
  await kiosk.openOrganization('mira-coalition');
  await page.getByTestId('keep-me-informed').tap();
  await kiosk.typeInto('first-name', 'Lucía');
  await kiosk.typeInto('email', 'lucia@example.org');
  await kiosk.closeKeyboard();
  await kiosk.tapCheckbox('consent-email');
  await kiosk.submit();
  await expect(page.getByTestId('thanks')).toBeVisible();
  await page.getByTestId('done').tap();
  await expect(page.getByTestId('attract')).toBeVisible();

  await console.openPinScreen();
  await console.enterPin('482916');
  // No data key yet: the console opens on the Data key tab.
  await expect(page.getByTestId('vault-setup')).toBeVisible();
  await console.tab('signups');
  await expect(page.getByTestId('signup-total')).toHaveText('1 sign-up');
  await expect(page.getByTestId('stats-language')).toContainText(/Spanish\s*1/);
  await expect(page.getByTestId('stats-organization')).toContainText(/MIRA\) Coalition\s*1/);
  await expect(page.getByTestId('stats-hour').locator('tbody tr')).toHaveCount(1);

  await page.getByTestId('open-signup').tap();
  const detail = page.getByTestId('signup-detail');
  await expect(detail).toContainText('Lucía');
  await expect(detail).toContainText('lucia@example.org');
  const consents = page.getByTestId('consent-row');
  await expect(consents).toHaveCount(3);
  await expect(consents.filter({ hasText: 'Contact by email' })).toContainText('Yes, agreed');
  await expect(consents.filter({ hasText: 'Contact by text message' })).toContainText('No');
  await expect(consents.filter({ hasText: 'Share with Massachusetts Immigrant' })).toContainText('Spanish');
  // The exact Spanish text the visitor saw, and how it was recorded.
  await expect(consents.first().locator('td[lang="es"]')).not.toBeEmpty();
  await expect(consents.first()).toContainText('kiosk');

  await page.getByTestId('signup-delete').tap();
  await expect(page.getByTestId('confirm-delete')).toContainText('Delete the sign-up of Lucía?');
  await page.getByTestId('confirm-delete-cancel').tap();
  await expect(page.getByTestId('confirm-delete')).toHaveCount(0);
  await expect(detail).toBeVisible();
  await page.getByTestId('signup-delete').tap();
  await page.getByTestId('confirm-delete-yes').tap();
  await expect(page.getByTestId('signups-done')).toHaveText('The sign-up of Lucía was deleted.');
  await expect(page.getByTestId('signup-total')).toHaveText('0 sign-ups');
});

test('purge states the exact count, needs a second tap, and then the list is empty', async ({ page, host }) => {
  await signUp(host, { firstName: 'Ana', email: 'ana@example.org' });
  await signUp(host, { firstName: 'Bo', phone: '6175550123', sms: true });
  await signUp(host, { firstName: 'Cy', email: 'cy@example.org', language: 'es' });
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('signups');
  await expect(page.getByTestId('signup-total')).toHaveText('3 sign-ups');

  await page.getByTestId('purge-open').tap();
  await page.getByTestId('purge').tap();
  const dialog = page.getByTestId('confirm-purge');
  await expect(dialog).toContainText('Delete all 3 sign-ups?');
  await expect(dialog).toContainText('This cannot be undone. Export first');
  await expect(page.getByTestId('confirm-purge-yes')).toHaveText('Yes, delete all 3 sign-ups');
  await page.getByTestId('confirm-purge-yes').tap();
  await expect(page.getByTestId('signups-done')).toHaveText('All 3 sign-ups were deleted.');
  await expect(page.getByTestId('signup-total')).toHaveText('0 sign-ups');
  await expect(page.getByTestId('signup-row')).toHaveCount(0);
  await expect(page.getByTestId('signup-stats')).toHaveCount(0);
});
