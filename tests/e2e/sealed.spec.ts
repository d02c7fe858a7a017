/**
 * Sealed sign-ups, end to end in the real host and Chromium: the steward makes the data key in the
 * console by touch (proposed passphrase typed back, recovery code and its sheet), a visitor signs
 * up by touch, the console reads them only once unlocked (list, search, export), the organizer
 * backs up, restores and deletes; then every byte under the data folder is searched for the person
 * in every encoding we can think of.
 */
import { expect, test } from './host';
import { ConsolePage } from './console-page';
import { organizerToken } from './organizer';
import { findPerson } from '../support/byte-scan';

const person = { firstName: 'Zuleima', lastName: 'Quintanilla', email: 'zuleima.q@example.com', phoneDigits: '6175550142', zip: '02130' };

test('the kiosk writes a person sealed, and only the steward’s passphrase reads them back', async ({ page, host }) => {
  test.setTimeout(180_000);
  const console_ = new ConsolePage(page);
  await console_.signIn(host, { stayOnKeyTab: true });
  // No data key yet: the console starts there.
  await expect(page.getByTestId('vault-setup')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/portrait-en-console-vault-setup.png', fullPage: true });
  const passphrase = (await page.getByTestId('vault-proposed').innerText()).trim();
  expect(passphrase.split(' ')).toHaveLength(6);
  await page.getByTestId('vault-next').tap();
  // Typed back wrongly once: refused with a plain sentence, nothing made.
  await console_.tapEnd('vault-passphrase-again');
  await console_.type('not the same words at all');
  await console_.kiosk.closeKeyboard();
  await page.getByTestId('vault-make').tap();
  await expect(page.getByRole('alert')).toContainText('not the same passphrase');
  await console_.replaceText('vault-passphrase-again', passphrase);
  await page.getByTestId('vault-make').tap();
  const code = (await page.getByTestId('vault-recovery-code').innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
  await page.getByTestId('vault-print-sheet').tap();
  await expect(page.getByTestId('vault-sheet-preview')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/portrait-en-console-vault-recovery-code.png', fullPage: true });
  await expect(page.getByTestId('vault-done')).toBeDisabled();
  await console_.kiosk.tapCheckbox('vault-code-kept');
  await page.getByTestId('vault-done').tap();
  await expect(page.getByTestId('vault-state')).toContainText('Unlocked');
  await console_.exit();

  // A visitor signs up by touch.
  await console_.kiosk.signUp('en', { first: person.firstName, last: person.lastName, email: person.email, phone: person.phoneDigits, zip: person.zip }, ['consent-email']);
  await expect(page.getByTestId('thanks')).toContainText(person.firstName);
  expect(findPerson(host.dataDir, person)).toEqual([]);

  // A new console session: sealed until the passphrase is typed.
  await console_.openPinScreen();
  await console_.enterPin('482916');
  await console_.tab('signups');
  await expect(page.getByTestId('vault-gate')).toBeVisible();
  await expect(page.getByTestId('signup-table')).toHaveCount(0);
  await console_.tapEnd('vault-secret');
  await console_.type(passphrase);
  await console_.kiosk.closeKeyboard();
  await page.getByTestId('vault-unlock-button').tap();
  await expect(page.getByTestId('signup-row')).toHaveCount(1);
  await expect(page.getByTestId('signup-table')).toContainText(person.email);
  await console_.replaceText('signup-search', 'quint');
  await expect(page.getByTestId('signup-row')).toHaveCount(1);
  await console_.tab('export');
  await expect(page.getByTestId('export-plain-note')).toBeVisible();

  // Over the API, another session: locked until it unlocks with the recovery code.
  const token = await organizerToken(host.api);
  expect((await host.api('signups.list', {}, token)).body.error?.code).toBe('vault_locked');
  expect((await host.api('vault.unlock', { recoveryCode: code.toLowerCase() }, token)).body.ok).toBe(true);
  const exported = await host.api<{ csv: string }>('signups.export', { format: 'action-network' }, token);
  expect(exported.body.result?.csv).toContain(person.email);
  const backup = await host.api<{ base64: string }>('backup.create', {}, token);
  expect(Buffer.from(backup.body.result!.base64, 'base64').includes(Buffer.from(person.email))).toBe(false);
  expect((await host.api('backup.restore', { base64: backup.body.result!.base64, confirm: true }, token)).body.result).toMatchObject({ signups: 1, added: 0 });
  expect(findPerson(host.dataDir, person)).toEqual([]);
  const { items } = (await host.api<{ items: { id: string }[] }>('signups.list', {}, token)).body.result!;
  expect((await host.api('signups.delete', { id: items[0]!.id }, token)).body.ok).toBe(true);
  expect((await host.api('signups.count', {}, token)).body.result).toEqual({ total: 0 });
  expect(findPerson(host.dataDir, person)).toEqual([]);
});

test('a wrong passphrase is refused in the console with a sentence, and the people stay sealed', async ({ page, host }) => {
  const token = await organizerToken(host.api);
  expect((await host.api('vault.create', { passphrase: 'orbit velvet canyon mosaic lantern thistle' }, token)).body.ok).toBe(true);
  const console_ = new ConsolePage(page);
  await console_.signIn(host);
  await console_.tab('signups');
  await console_.tapEnd('vault-secret');
  await console_.type('orbit velvet canyon');
  await console_.kiosk.closeKeyboard();
  await page.getByTestId('vault-unlock-button').tap();
  await expect(page.getByRole('alert')).toContainText('does not open the data key');
  await expect(page.getByTestId('vault-gate')).toBeVisible();
});
