import Database from 'better-sqlite3';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tamper } from '../support/tamper';
import type { Core } from '../../src/core/core';
import { installPack, defaultPack } from '../../src/core/content/store';
import { shippedMigrations } from '../../src/core/db/migrate';
import { DATABASE_FILE, openStore } from '../../src/core/db/open';
import { defaultEvent, saveEvent } from '../../src/core/event/settings';
import { ok, organizerToken, startCore, stopCore, tempDir, TestClock, validSignup } from './helpers';

async function kioskWithData(pin = '246810') {
  const dir = tempDir();
  const clock = new TestClock();
  const core = startCore(dir, clock);
  const token = await organizerToken(core, pin);
  const call = <T>(method: string, args: unknown) => ok<T>(core, method, args, token);
  return { dir, clock, core, token, call };
}

/** Everything an organizer or the kiosk can see. */
async function snapshot(core: Core, token: string) {
  const call = (method: string, args: unknown = {}) => ok(core, method, args, token);
  return {
    list: await call('signups.list', { limit: 1000 }),
    stats: await call('signups.stats'),
    event: await call('event.get'),
    content: await call('content.get'),
    full: ((await call('signups.export', { format: 'full' })) as { csv: string }).csv,
  };
}

async function addPeople(core: Core, names: string[]) {
  for (const [i, firstName] of names.entries()) {
    await ok(core, 'signup.create', { ...validSignup, firstName, email: `${firstName.toLowerCase()}.${i}@example.org`, organizationIds: ['chirla'] });
  }
}


const dataFiles = (dir: string) => fs.readdirSync(dir).sort();

describe('backup.create and backup.restore', () => {
  it('brings back the backed-up people beside those signed up since, with the backup’s settings, and keeps the old data as a dated file', async () => {
    const { dir, clock, core, token, call } = await kioskWithData();
    await addPeople(core, ['Ana', 'Bea', 'Ciro']);
    await call('event.update', { name: 'Rally', date: '2026-11-25', hiddenSections: ['charities'] });
    const before = await snapshot(core, token);

    const backup = await call<{ filename: string; base64: string }>('backup.create', {});
    expect(backup.filename).toBe('take-action-backup-2026-11-25T15-00-00Z.sqlite');
    const bytes = Buffer.from(backup.base64, 'base64');
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(dataFiles(dir)).toEqual([DATABASE_FILE, `${DATABASE_FILE}-wal`]);

    // The evening goes on: a purge, a new sign-up, other settings, other content.
    await call('signups.purge', { confirmCount: 3 });
    await addPeople(core, ['Dora']);
    await call('event.update', { name: 'Another event' });
    const pack = structuredClone(before.content) as { asOf: string };
    pack.asOf = '2027-01-01';
    await call('content.import', { pack });
    clock.advance(60_000);

    const restored = await call<{ signups: number; added: number; contentAsOf: string; previousCopy: string }>('backup.restore', {
      base64: backup.base64,
      confirm: true,
    });
    expect(restored).toEqual({
      signups: 4,
      added: 3,
      conflicts: 0,
      contentAsOf: '2026-11-25',
      previousCopy: `${DATABASE_FILE}.before-restore-2026-11-25T15-01-00Z`,
    });
    const after = await snapshot(core, token);
    // Dora, who signed up after the backup, is still there: a restore never drops a sign-up.
    expect(after.list).toMatchObject({ total: 4 });
    expect(after.event).toEqual(before.event);
    expect(after.content).toEqual(before.content);
    const names = (after.list as { items: { firstName: string }[] }).items.map((i) => i.firstName).sort();
    expect(names).toEqual(['Ana', 'Bea', 'Ciro', 'Dora']);
    for (const person of (before.list as { items: unknown[] }).items) expect((after.list as { items: unknown[] }).items).toContainEqual(person);

    const previous = new Database(path.join(dir, restored.previousCopy), { readonly: true });
    expect(previous.prepare('SELECT first_name FROM signups').all()).toEqual([{ first_name: 'Dora' }]);
    previous.close();
    expect(dataFiles(dir)).toEqual([DATABASE_FILE, `${DATABASE_FILE}-wal`, restored.previousCopy]);
    expect(fs.statSync(path.join(dir, restored.previousCopy)).mode & 0o777).toBe(0o600);

    // Restoring the same backup again adds nobody.
    expect(await call('backup.restore', { base64: backup.base64, confirm: true })).toMatchObject({ signups: 4, added: 0 });

    stopCore(core);
    const reopened = startCore(dir, clock);
    expect(await snapshot(reopened, await organizerToken(reopened))).toEqual(after);
  });

  it('moves a kiosk’s data to another machine, where the local PIN stays the one to use', async () => {
    const from = await kioskWithData('246810');
    await addPeople(from.core, ['Eli', 'Fay']);
    const expected = await snapshot(from.core, from.token);
    const { base64 } = await from.call<{ base64: string }>('backup.create', {});

    const to = await kioskWithData('135790');
    await addPeople(to.core, ['Hal']);
    await to.call('backup.restore', { base64, confirm: true });
    const after = await snapshot(to.core, to.token);
    expect(after.event).toEqual(expected.event);
    expect((after.list as { items: { firstName: string }[] }).items.map((i) => i.firstName).sort()).toEqual(['Eli', 'Fay', 'Hal']);
    expect(await to.core.call('organizer.login', { pin: '135790' })).toMatchObject({ ok: true });
    expect(await to.core.call('organizer.login', { pin: '246810' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    // The kiosk goes on taking sign-ups on the restored data (statements prepared before it).
    await ok(to.core, 'signup.create', { ...validSignup, firstName: 'Gus', email: 'gus@example.org' });
    expect(await to.call('signups.count', {})).toEqual({ total: 4 });
  });

  it('never brings back a person deleted one by one, here or on the backup’s kiosk', async () => {
    const { core, call } = await kioskWithData();
    await addPeople(core, ['Ana', 'Bea']);
    const { base64 } = await call<{ base64: string }>('backup.create', {});
    const { items } = await call<{ items: { id: string; firstName: string }[] }>('signups.list', {});
    const bea = items.find((i) => i.firstName === 'Bea');
    await call('signups.delete', { id: bea?.id });
    expect(await call('backup.restore', { base64, confirm: true })).toMatchObject({ signups: 1, added: 0 });
    expect((await call<{ items: { firstName: string }[] }>('signups.list', {})).items.map((i) => i.firstName)).toEqual(['Ana']);
  });

  it('restores a backup made before the search key existed, and its names are then found without accents', async () => {
    // A kiosk database as the app before migration 3 made it (migrations 1 and 2 only).
    const oldDir = tempDir();
    const at = '2026-11-20T10:00:00.000Z';
    const old = openStore(oldDir, { migrations: shippedMigrations().filter((m) => m.version < 3) });
    installPack(old.db, defaultPack(), at);
    const event = defaultEvent();
    saveEvent(old.db, event, at);
    const insert = old.db.prepare('INSERT INTO signups (id, event_id, created_at, language, first_name, email) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run(randomUUID(), event.id, at, 'en', 'Bea', 'bea@example.org');
    insert.run(randomUUID(), event.id, at, 'es', 'Íñigo', 'inigo@example.org');
    // As backup.create leaves its copies: a single file, not in WAL mode.
    old.db.pragma('journal_mode = DELETE');
    old.db.close();
    const older = fs.readFileSync(old.file).toString('base64');

    const to = await kioskWithData();
    expect(await to.call('backup.restore', { base64: older, confirm: true })).toMatchObject({ signups: 2 });
    const found = await to.call<{ items: { firstName: string }[] }>('signups.list', { query: 'inigo' });
    expect(found.items.map((i) => i.firstName)).toEqual(['Íñigo']);
  });

  it('refuses files that are not good backups, says why, and changes nothing', async () => {
    const { dir, core, token, call } = await kioskWithData();
    await addPeople(core, ['Gil']);
    const { base64: good } = await call<{ base64: string }>('backup.create', {});
    const goodBytes = Buffer.from(good, 'base64');

    const otherApp = path.join(dir, 'other-app.db');
    const other = new Database(otherApp);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello')");
    other.close();
    const otherAppBase64 = fs.readFileSync(otherApp).toString('base64');
    fs.rmSync(otherApp);

    const damagedPages = Buffer.from(goodBytes);
    damagedPages.fill(0x5a, 4096 * 2, damagedPages.length - 4096);

    const cases: [string, string, RegExp][] = [
      ['random bytes', randomBytes(8192).toString('base64'), /not a SQLite database at all/],
      ['not base64', '%%% definitely not base64 %%%', /did not arrive as base64/],
      ['a text file', Buffer.from('first_name,email\r\nAna,ana@example.org\r\n').toString('base64'), /not a SQLite database/],
      ['a truncated backup', goodBytes.subarray(0, Math.floor(goodBytes.length / 2)).toString('base64'), /damaged/],
      ['damaged pages', damagedPages.toString('base64'), /damaged/],
      ['another app’s SQLite file', otherAppBase64, /not a Take Action Kiosk backup/],
      [
        'a backup from a newer app',
        tamper(dir, good, (db) => db.prepare("INSERT INTO migrations VALUES (999, '999_future.sql', 'x')").run()),
        /newer version of Take Action Kiosk \(database schema 999; this app knows up to \d+\)/,
      ],
      [
        'a backup from another build',
        tamper(dir, good, (db) => db.prepare("UPDATE migrations SET name = '001_something_else.sql' WHERE version = 1").run()),
        /different build/,
      ],
      [
        'a backup with a table missing',
        tamper(dir, good, (db) => db.exec('DROP TABLE signup_organizations')),
        /"signup_organizations" table/,
      ],
      [
        'a backup whose content pack is broken',
        tamper(dir, good, (db) => db.exec(`UPDATE content_packs SET json = '{"id": 1}' WHERE active = 1`)),
        /content pack or event settings are not valid/,
      ],
    ];
    const before = await snapshot(core, token);
    const files = dataFiles(dir);
    for (const [what, base64, reason] of cases) {
      const answer = await core.call('backup.restore', { base64, confirm: true }, { token });
      expect(answer, what).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
      if (answer.ok) continue;
      expect(answer.error.message, what).toMatch(reason);
      expect(answer.error.message, what).toMatch(/Nothing was changed\.$/);
      expect(dataFiles(dir), what).toEqual(files);
    }
    expect(await snapshot(core, token)).toEqual(before);
    // The good backup still restores after all that.
    expect(await call('backup.restore', { base64: good, confirm: true })).toMatchObject({ signups: 1 });
  });
});
