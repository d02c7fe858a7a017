/**
 * Paper sign-ups come back in (issue 19): the rows of a bilingual paper sheet typed in at the
 * console, one with the on-screen keyboard and one with a real keyboard (Tab, Space, Enter), while
 * the data key is locked. Unlocked, the export has them with the consent method "paper sheet" and
 * the texts that sheet printed, in both its languages.
 */
import { readExport } from '../unit/rfc4180';
import { ConsolePage } from './console-page';
import { expect, test } from './host';

const PASSPHRASE = 'orbit velvet canyon mosaic lantern thistle';

test('paper rows typed in by touch and by keyboard are in the export with their consent method', async ({ page, host }) => {
  test.setTimeout(120_000);
  // A data key exists: every row is sealed, and typing rows in needs no unlock.
  const setup = await host.token();
  expect((await host.api('vault.create', { passphrase: PASSPHRASE }, setup)).body.ok).toBe(true);
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('paper');
  await page.getByTestId('paper-sheet-en+es').tap();
  await expect(page.getByTestId('paper-key')).toContainText('Massachusetts Immigrant and Refugee Advocacy');

  // Row 1, by touch: the person wrote in Spanish.
  await page.getByTestId('paper-language-es').tap();
  await console.kiosk.typeInto('paper-first-name', 'Marisol');
  await console.kiosk.typeInto('paper-email', 'marisol@example.org');
  await console.kiosk.closeKeyboard();
  await page.getByTestId('paper-consent-email').tap();
  await console.tapEnd('paper-numbers');
  await console.type('1, 3');
  await console.kiosk.closeKeyboard();
  await expect(page.getByTestId('paper-chosen')).toContainText('Massachusetts Immigrant and Refugee Advocacy (MIRA) Coalition · Boston Immigration Justice');
  await page.getByTestId('paper-save').tap();
  await expect(page.getByTestId('paper-saved')).toHaveText('1 row saved. The next one:');
  await expect(page.getByTestId('paper-first-name')).toHaveValue('');
  await expect(page.getByTestId('paper-numbers')).toHaveValue('');

  // Row 2, with a real keyboard: field to field with Tab, a box with Space, saved with Enter.
  await page.getByTestId('paper-language-en').tap();
  await page.getByTestId('paper-first-name').focus();
  for (const step of ['Tomás', 'Tab', 'Reyes', 'Tab', 'tomas@example.org', 'Tab', '413 555 0142', 'Tab', '01060', 'Tab', 'Space', 'Tab', 'Space', 'Tab', '2', 'Enter']) {
    if (['Tab', 'Space', 'Enter'].includes(step)) await page.keyboard.press(step);
    else await page.keyboard.type(step);
  }
  await expect(page.getByTestId('paper-saved')).toHaveText('2 rows saved. The next one:');

  // A mistake is explained, and the row is not saved.
  await page.getByTestId('paper-first-name').focus();
  await page.keyboard.type('Ana');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('paper-save')).toBeVisible();
  await expect(page.locator('.paper__row')).toContainText('Please give an email or a mobile number');
  await expect(page.getByTestId('paper-saved')).toHaveText('2 rows saved. The next one:');

  // The steward unlocks and exports.
  const steward = await host.token();
  expect((await host.api('vault.unlock', { passphrase: PASSPHRASE }, steward)).body.ok).toBe(true);
  const full = await host.api<{ csv: string }>('signups.export', { format: 'full' }, steward);
  const rows = readExport(full.body.result?.csv ?? '').rows;
  expect(rows.map((r) => [r.first_name, r.last_name, r.language, r.zip, r.organizations])).toEqual([
    ['Marisol', '', 'es', '', 'Massachusetts Immigrant and Refugee Advocacy (MIRA) Coalition; Boston Immigration Justice Accompaniment Network (BIJAN)'],
    ['Tomás', 'Reyes', 'en', '01060', 'Project Citizenship'],
  ]);
  for (const row of rows) {
    expect(row.consent_email_method).toBe('paper sheet');
    expect(row.consent_email_granted).toBe('yes');
    expect(row.consent_email_text).toContain('I agree to be contacted by email');
    expect(row.consent_email_text).toContain('Acepto que los organizadores');
  }
  expect(rows[1]?.consent_sms_granted).toBe('yes');
  expect(rows[0]?.['consent_share_mira-coalition_method']).toBe('paper sheet');
  expect(rows[0]?.['consent_share_mira-coalition_text']).toContain('the organizations whose numbers I write');
  const an = readExport((await host.api<{ csv: string }>('signups.export', { format: 'action-network' }, steward)).body.result?.csv ?? '').rows;
  expect(an.map((r) => [r.first_name, r.language])).toEqual([
    ['Marisol', 'es'],
    ['Tomás', 'en'],
  ]);
});
