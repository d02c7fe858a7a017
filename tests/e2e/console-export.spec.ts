import { ConsolePage } from './console-page';
import { expect, test } from './host';

test('Action Network export: the warning counts phone-only sign-ups, and the saved file is the right CSV', async ({ page, host }) => {
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.exit();

  // One visitor signs up at the kiosk by touch, with email and texts agreed.
  const kiosk = console.kiosk;
  await kiosk.start('en');
  await kiosk.chooseWay('signup');
  await kiosk.typeInto('first-name', 'Ana');
  await kiosk.typeInto('last-name', 'Pérez');
  await kiosk.typeInto('email', 'ana.perez@example.com');
  await kiosk.typeInto('phone', '6175550123');
  await kiosk.typeInto('zip', '02130');
  await kiosk.closeKeyboard();
  await kiosk.tapCheckbox('consent-email');
  await kiosk.tapCheckbox('consent-sms');
  await kiosk.submit();
  await expect(page.getByTestId('thanks')).toBeVisible();

  // Two more gave only a phone: Action Network keys people by email and would drop them.
  for (const [firstName, phone] of [['Bo', '6175550199'], ['Cy', '4135550100']] as const) {
    const { status } = await host.api('signup.create', { language: 'es', firstName, phone, organizationIds: [], consent: { email: false, sms: true } });
    expect(status).toBe(200);
  }

  await page.getByTestId('done').tap();
  await console.openPinScreen();
  await console.enterPin('482916');
  await console.tab('export');
  await expect(page.getByTestId('export-format-action-network')).toBeChecked();
  await expect(page.getByTestId('export-rows')).toHaveText('1 person will be in the file.');
  await expect(page.getByTestId('export-no-email')).toHaveText('2 sign-ups have no email and will be left out by Action Network.');

  const { name, bytes } = await console.download('export-save');
  expect(name).toMatch(/^take-action-signups-action-network-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString('utf8')).toBe('first_name,last_name,email,zip_code,can2_phone,language,organizations\r\nAna,Pérez,ana.perez@example.com,02130,6175550123,en,\r\n');
  await expect(page.getByTestId('export-saved')).toContainText(`Saved ${name}: 1 person.`);

  // The full export has everyone, and no warning about emails.
  await page.getByTestId('export-format-full').tap();
  await expect(page.getByTestId('export-rows')).toHaveText('3 people will be in the file.');
  await expect(page.getByTestId('export-no-email')).toHaveCount(0);

  // Per organization: nobody agreed to share with MIRA.
  await page.getByTestId('export-organization').selectOption('mira-coalition');
  await expect(page.getByTestId('export-rows')).toHaveText(/^0 people who agreed to share with Massachusetts Immigrant/);
  await expect(page.getByTestId('export-save')).toBeDisabled();
});
