/**
 * Backups are files people pass around (findings F8 and F11): a backup carries no PIN hash, and a
 * backup whose schema is not exactly one our migrations make is refused before anything in it runs.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tamper } from '../support/tamper';
import { openSideDatabase } from '../../src/core/backup/files';
import { normalizeSql } from '../../src/core/backup/schema';
import { ok, organizerToken, startCore, tempDir, TestClock, validSignup } from './helpers';

async function kiosk() {
  let db!: Database.Database;
  const dir = tempDir();
  const core = startCore(dir, new TestClock(), { onDatabaseOpen: (opened) => (db = opened) });
  const token = await organizerToken(core);
  const call = <T>(method: string, args: unknown = {}) => ok<T>(core, method, args, token);
  await ok(core, 'signup.create', { ...validSignup, organizationIds: ['chirla'] });
  const { base64 } = await call<{ base64: string }>('backup.create');
  return { dir, db, core, token, call, base64 };
}


describe('a backup', () => {
  it('carries no PIN: no pin_* rows, and not the hash’s bytes', async () => {
    const { dir, db, core, base64 } = await kiosk();
    await core.call('organizer.login', { pin: '000000' });
    const pinRows = db.prepare("SELECT key, value FROM app_state WHERE key LIKE 'pin\\_%' ESCAPE '\\'").all() as { key: string; value: string }[];
    expect(pinRows.map((r) => r.key).sort()).toEqual(['pin_failures', 'pin_hash']);
    const hash = pinRows.find((r) => r.key === 'pin_hash')!.value;
    const [, , , , salt, key] = hash.split('$');

    const bytes = Buffer.from(base64, 'base64');
    for (const secret of [hash, salt!, key!, 'pin_hash']) expect(bytes.includes(secret), secret).toBe(false);
    const file = path.join(dir, 'copy.sqlite');
    fs.writeFileSync(file, bytes);
    const copy = new Database(file, { readonly: true });
    expect(copy.prepare("SELECT count(*) AS n FROM app_state WHERE key LIKE 'pin%'").get()).toEqual({ n: 0 });
    expect(copy.prepare('SELECT count(*) AS n FROM signups').get()).toEqual({ n: 1 });
    copy.close();
  });

  it('is refused when its schema has anything our migrations do not make, before anything in it runs', async () => {
    const { dir, db, core, token, call, base64 } = await kiosk();
    const cases: [string, (db: Database.Database) => void, RegExp][] = [
      [
        'a trigger',
        (b) => b.exec("CREATE TRIGGER spy AFTER INSERT ON signups BEGIN INSERT INTO app_state VALUES ('seen', new.email); END"),
        /database parts that this app never makes \("spy"\)/,
      ],
      ['a view', (b) => b.exec('CREATE VIEW people AS SELECT first_name, email FROM signups'), /never makes \("people"\)/],
      ['an FTS5 virtual table', (b) => b.exec('CREATE VIRTUAL TABLE notes USING fts5(body)'), /never makes \("notes", "notes_config", "notes_content"\)/],
      ['an extra index', (b) => b.exec('CREATE INDEX signups_email ON signups (email)'), /never makes \("signups_email"\)/],
      ['an extra table', (b) => b.exec('CREATE TABLE extra (x)'), /never makes \("extra"\)/],
      [
        'one of our indexes changed',
        (b) => b.exec('DROP INDEX signups_created_at; CREATE INDEX signups_created_at ON signups (created_at, email)'),
        /"signups_created_at" is not as this app makes it/,
      ],
      ['a column added to one of our tables', (b) => b.exec("ALTER TABLE app_state ADD COLUMN note TEXT CHECK (note <> '')"), /"app_state" table/],
      [
        'a migrations view instead of the table',
        (b) => b.exec('ALTER TABLE migrations RENAME TO m; CREATE VIEW migrations AS SELECT * FROM m'),
        /not a Take Action Kiosk backup/,
      ],
      // The same damage without a trigger is refused as damaged: so the schema was checked before integrity_check.
      ['a trigger in a damaged file', (b) => b.exec('CREATE TRIGGER spy2 AFTER UPDATE ON signups BEGIN SELECT 1; END'), /never makes \("spy2"\)/],
      ['a damaged file', () => undefined, /damaged/],
    ];
    const before = { list: await call('signups.list'), state: db.prepare('SELECT key, value FROM app_state ORDER BY key').all() };
    const files = fs.readdirSync(dir).sort();
    for (const [what, change, reason] of cases) {
      let candidate = tamper(dir, base64, change);
      if (what.includes('damaged')) {
        const bytes = Buffer.from(candidate, 'base64');
        const pageSize = bytes.readUInt16BE(16);
        // The content packs' root page zeroed, the schema's pages left whole: integrity_check
        // would call it damaged, but the schema can still be read.
        const probe = new Database(bytes);
        const root = probe.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'content_packs'").pluck().get() as number;
        probe.close();
        bytes.fill(0, pageSize * (root - 1), pageSize * root);
        candidate = bytes.toString('base64');
      }
      const answer = await core.call('backup.restore', { base64: candidate, confirm: true }, { token });
      expect(answer, what).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
      if (answer.ok) continue;
      expect(answer.error.message, what).toMatch(reason);
      expect(answer.error.message, what).toMatch(/Nothing was changed\.$/);
      expect(fs.readdirSync(dir).sort(), what).toEqual(files);
    }
    expect({ list: await call('signups.list'), state: db.prepare('SELECT key, value FROM app_state ORDER BY key').all() }).toEqual(before);
    const spanish = await core.call('backup.restore', { base64: tamper(dir, base64, cases[1]![1]), confirm: true }, { token, language: 'es' });
    expect(spanish).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Esta copia de seguridad tiene partes de base de datos que esta aplicación nunca crea \("people"\)/) } });
    // The untouched backup still restores.
    expect(await call('backup.restore', { base64, confirm: true })).toMatchObject({ signups: 1 });
  });

  it('is opened for checking with trusted_schema off', async () => {
    const { dir, base64 } = await kiosk();
    const file = path.join(dir, 'side.sqlite');
    fs.writeFileSync(file, Buffer.from(base64, 'base64'));
    const side = openSideDatabase(file, { databaseFile: path.join(dir, 'kiosk.sqlite') });
    expect(side.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(side.pragma('cell_size_check', { simple: true })).toBe(1);
    side.close();
  });

  it('compares schemas regardless of spacing only', () => {
    expect(normalizeSql('CREATE TABLE t (\n  a   TEXT ,\n  b INTEGER\n)')).toBe(normalizeSql('CREATE TABLE t(a TEXT,b INTEGER)'));
    expect(normalizeSql('CREATE TABLE t (a TEXT)')).not.toBe(normalizeSql('CREATE TABLE t (a TEXT CHECK (a > 0))'));
  });
});
