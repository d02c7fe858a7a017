import { ConsolePage } from './console-page';
import { expect, test } from './host';

test('a backup saved from the console comes back in after a confirmation that says what it adds and replaces; a bad file changes nothing', async ({ page, host }) => {
  await host.api('signup.create', { language: 'en', firstName: 'Dana', email: 'dana@example.org', organizationIds: [], consent: { email: true, sms: false } });
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('backup');

  const backup = await console.download('backup-create');
  expect(backup.name).toMatch(/^take-action-backup-.*\.sqlite$/);
  expect(backup.bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  await expect(page.getByTestId('backup-outcome')).toContainText(`Saved ${backup.name}`);

  // After the backup: Dana is deleted and Eli signs up.
  await console.tab('signups');
  await page.getByTestId('open-signup').tap();
  await page.getByTestId('signup-delete').tap();
  await page.getByTestId('confirm-delete-yes').tap();
  await expect(page.getByTestId('signup-total')).toHaveText('0 sign-ups');
  await host.api('signup.create', { language: 'es', firstName: 'Eli', phone: '6175550100', organizationIds: [], consent: { email: false, sms: true } });

  // A file that is not a backup is refused plainly.
  await console.tab('backup');
  const input = page.getByTestId('backup-file');
  await input.setInputFiles({ name: 'notes.sqlite', mimeType: 'application/octet-stream', buffer: Buffer.from('not a database at all') });
  await page.getByTestId('confirm-restore-yes').tap();
  await expect(page.getByTestId('backup-outcome')).toContainText('notes.sqlite was not restored.');
  await expect(page.getByTestId('backup-outcome')).toContainText('Nothing was changed.');

  await input.setInputFiles({ name: backup.name, mimeType: 'application/octet-stream', buffer: backup.bytes });
  const dialog = page.getByTestId('confirm-restore');
  await expect(dialog).toContainText('Bring this backup in?');
  await expect(dialog).toContainText(`Backup file: ${backup.name}`);
  await expect(dialog).toContainText('The 1 sign-up on this kiosk now stays; the backup’s sign-ups are added to it.');
  await page.getByTestId('confirm-restore-yes').tap();
  // Dana was deleted on purpose after the backup: she stays deleted. Eli, who signed up since, stays.
  await expect(page.getByTestId('backup-outcome')).toContainText(`Restored ${backup.name}: 1 sign-up here now (0 added), content as of November 25, 2026.`);
  await expect(page.getByTestId('backup-outcome')).toContainText('The data as it was before is kept as ');

  await console.tab('signups');
  await expect(page.getByTestId('signup-total')).toHaveText('1 sign-up');
  await expect(page.getByTestId('signup-row')).toContainText('Eli');
});
