/**
 * No personal data in the host's output: a visitor signs up on the kiosk by touch, then the
 * organizer lists, searches, opens, exports (every format), backs up, restores and deletes, and a
 * few requests fail on the way. Everything the host printed is then searched for the person's
 * name, email and phone, in every form they could take. The host runs with a private TMPDIR, which
 * must be empty at the end, and its data folder may hold only the database and what the organizer
 * asked for (the copy kept by a restore).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { isStarted, runHost } from './host-process';
import { KioskPage } from './kiosk-page';
import { organizerToken } from './organizer';

const person = { first: 'Zuleima', last: 'Quintanilla', email: 'zuleima.q@example.com', phone: '6175550142', zip: '02130' };
/** Every form the data could be printed in: as typed, normalised, in parts. */
const NEEDLES = [
  'Zuleima',
  'Quintanilla',
  'zuleima.q@example.com',
  'zuleima.q',
  '6175550142',
  '617-555-0142',
  '(617) 555-0142',
  '+16175550142',
  '555-0142',
  '5550142',
  'Marisol',
  'marisol@example.org',
  '6175550177',
  '617-555-0177',
  '+16175550177',
];

test('a whole journey leaves no name, email or phone in the host output, and no stray files', async ({ page }) => {
  test.setTimeout(120_000);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-privacy-'));
  try {
    const dataDir = path.join(root, 'data');
    const tmp = path.join(root, 'tmp');
    fs.mkdirSync(tmp);
    const result = await runHost(dataDir, { TMPDIR: tmp, TMP: tmp, TEMP: tmp, SQLITE_TMPDIR: tmp });
    if (!isStarted(result)) throw new Error(`host did not start: ${result.stderr}`);
    const host = result;
    try {
      // The visitor, by touch, in Spanish.
      const kiosk = new KioskPage(page);
      await kiosk.open(host.url);
      await kiosk.signUp('es', person, ['consent-email', 'consent-sms']);
      await expect(page.getByTestId('thanks')).toContainText(person.first);

      // A second person over the API, and requests that fail while carrying personal data.
      const second = { language: 'en', firstName: 'Marisol', email: 'marisol@example.org', phone: '617-555-0177', organizationIds: ['mira-coalition'], consent: { email: true, sms: true } };
      expect((await host.api('signup.create', second)).body.ok).toBe(true);
      expect((await host.api('signup.create', { ...second, email: 'Marisol at example', zip: 'Quintanilla' })).body.ok).toBe(false);
      expect((await host.api('signup.create', { ...second, firstName: 'Zuleima\u202e' })).body.ok).toBe(false);
      expect((await host.api('signup.create', { ...second, immigrationStatus: 'Zuleima' })).body.ok).toBe(false);
      expect((await host.api(`Zuleima.Quintanilla`, { email: person.email })).body.ok).toBe(false);
      expect((await host.api('organizer.login', { pin: '6175550142' })).body.ok).toBe(false);

      // The organizer's console calls.
      const token = await organizerToken(host.api);
      const list = await host.api<{ items: { id: string; firstName: string }[] }>('signups.list', { query: 'Zuleima' }, token);
      expect(list.body.result?.items.map((i) => i.firstName)).toEqual([person.first]);
      const id = list.body.result!.items[0]!.id;
      expect((await host.api('signups.get', { id }, token)).body.ok).toBe(true);
      expect((await host.api('signups.list', { query: '6175550142' }, token)).body.ok).toBe(true);
      expect((await host.api('signups.stats', {}, token)).body.ok).toBe(true);
      for (const format of ['action-network', 'nationbuilder', 'mobilize', 'full']) {
        const exported = await host.api<{ csv: string; filename: string }>('signups.export', { format }, token);
        expect(exported.body.result?.csv).toContain(person.email);
        for (const needle of NEEDLES) expect(exported.body.result?.filename).not.toContain(needle);
        expect((await host.api('signups.exportPreview', { format, organizationId: 'mira-coalition' }, token)).body.ok).toBe(true);
      }
      const backup = await host.api<{ base64: string; filename: string }>('backup.create', {}, token);
      expect(backup.body.ok).toBe(true);
      expect((await host.api('backup.restore', { base64: backup.body.result!.base64, confirm: true }, token)).body.ok).toBe(true);
      expect((await host.api('backup.restore', { base64: backup.body.result!.base64.slice(0, 4000), confirm: true }, token)).body.ok).toBe(false);
      expect((await host.api('signups.delete', { id }, token)).body.ok).toBe(true);
      expect((await host.api('system.status', {}, token)).body.ok).toBe(true);
      expect((await host.api('organizer.logout', {}, token)).body.ok).toBe(true);
      expect((await host.api('signups.list', { query: 'Zuleima' }, token)).body.ok).toBe(false);
    } finally {
      await host.stop();
    }

    const { stdout, stderr } = host.output();
    const printed = `${stdout}\n${stderr}`;
    for (const needle of NEEDLES) expect(printed.toLowerCase(), `"${needle}" was printed`).not.toContain(needle.toLowerCase());
    // A quiet host: it said where it listens, and nothing else went wrong.
    expect(stdout).toBe(`listening on ${host.url}\n`);
    expect(stderr).toBe('');

    expect(fs.readdirSync(tmp)).toEqual([]);
    // Only the live database and the copy kept before the restore are left (it still holds the
    // second person, so it stays), and the deleted person is in none of them: she was erased inside
    // the copy too.
    const files = fs.readdirSync(dataDir).sort();
    expect(files.filter((f) => !/^kiosk\.sqlite(-wal|\.before-restore-[\w-]+)?$/.test(f))).toEqual([]);
    // Every field she gave, as stored: names as typed and folded into the search key, the email,
    // the phone as typed and in E.164.
    const traces = [person.first, person.last, person.first.toLowerCase(), person.last.toLowerCase(), person.email, person.phone, '+16175550142'];
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(dataDir, file));
      for (const trace of traces) expect(bytes.includes(Buffer.from(trace)), `${file} still holds the deleted person's "${trace}"`).toBe(false);
    }
  } finally {
    // Test data only, but personal-looking: never left behind, even after a failure.
    fs.rmSync(root, { recursive: true, force: true });
  }
});
