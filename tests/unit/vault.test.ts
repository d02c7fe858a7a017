/**
 * Sealed sign-ups, through core on real database files: the PIN opens the console, only the data
 * steward's passphrase (or recovery code) reads people, and once the data key exists nothing of a
 * person is left unsealed anywhere in the data folder.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SignupRecord } from '../../src/common/contract';
import type { VaultStatus } from '../../src/common/vault';
import type { Core } from '../../src/core/core';
import { DATABASE_FILE } from '../../src/core/db/open';
import { findPerson, type Person } from '../support/byte-scan';
import { ok, organizerToken, startCore, stopCore, tempDir, TestClock, validSignup } from './helpers';

/** A quick KDF for most tests; one test below runs the real cost. */
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = 'orbit velvet canyon mosaic lantern thistle';

const rosa: Person = { firstName: 'Rosalind', lastName: 'Quesnel-Vidal', email: 'rosalind.qv@example.org', phoneDigits: '6175550199', zip: '01060' };
const rosaSignup = { ...validSignup, firstName: 'Rosalind', lastName: 'Quesnel-Vidal', email: 'rosalind.qv@example.org', phone: '617-555-0199', zip: '01060' };

function kiosk(dir = tempDir(), clock = new TestClock()) {
  const core = startCore(dir, clock, { kdfCost: CHEAP });
  return { dir, clock, core };
}

async function asOrganizer(core: Core) {
  const token = await organizerToken(core);
  const call = <T>(method: string, args: unknown = {}) => ok<T>(core, method, args, token);
  const attempt = (method: string, args: unknown = {}) => core.call(method, args, { token });
  return { token, call, attempt };
}

describe('the data key', () => {
  it('seals every sign-up: the list needs the passphrase, the count and the kiosk do not', async () => {
    const { dir, core } = kiosk();
    const { call, attempt } = await asOrganizer(core);
    expect(await call<VaultStatus>('vault.status')).toMatchObject({ state: 'none', sealingOff: false, sealed: 0, plain: 0 });

    const created = await call<{ keyId: string; recoveryCode: string }>('vault.create', { passphrase: PASSPHRASE });
    expect(created.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(created.recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    // Whoever made the key holds it open for their session.
    expect(await call('vault.status')).toMatchObject({ state: 'unlocked', keyId: created.keyId });

    await ok(core, 'signup.create', rosaSignup);
    expect(await call<VaultStatus>('vault.status')).toMatchObject({ sealed: 1, plain: 0 });
    expect(findPerson(dir, rosa)).toEqual([]);
    const { items } = await call<{ items: SignupRecord[] }>('signups.list', { query: 'rosalind' });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ firstName: 'Rosalind', phone: '+16175550199', zip: '01060' });
    expect(items[0]?.consents.map((c) => c.kind).sort()).toEqual(['email', 'share', 'sms']);

    expect(await call('vault.lock')).toEqual({ state: 'locked' });
    for (const [method, args] of [
      ['signups.list', {}],
      ['signups.get', { id: items[0]?.id }],
      ['signups.export', { format: 'full' }],
      ['signups.exportPreview', { format: 'action-network' }],
    ] as const) {
      expect(await attempt(method, args), method).toMatchObject({ ok: false, error: { code: 'vault_locked' } });
    }
    expect(await call('signups.count')).toEqual({ total: 1 });
    // Totals by hour stay open; by organization and language say something about people.
    expect(await call('signups.stats')).toMatchObject({ total: 1, byOrganization: [], byLanguage: [], sealed: true });
    expect((await call<{ byHour: unknown[] }>('signups.stats')).byHour).toEqual([{ hour: '2026-11-25T15:00:00.000Z', count: 1 }]);
    // The kiosk never needs the key open.
    expect(await core.call('signup.create', { ...validSignup, firstName: 'Bruna' })).toMatchObject({ ok: true });
  });

  it('opens only for the session that unlocked it, and locks at sign-out and at restart', async () => {
    const { dir, clock, core } = kiosk();
    const a = await asOrganizer(core);
    await a.call('vault.create', { passphrase: PASSPHRASE });
    const b = await asOrganizer(core);
    expect(await b.attempt('signups.list')).toMatchObject({ ok: false, error: { code: 'vault_locked' } });
    expect(await b.call('vault.status')).toMatchObject({ state: 'locked' });
    await a.call('organizer.logout');
    expect(await b.call('vault.unlock', { passphrase: PASSPHRASE })).toEqual({ state: 'unlocked' });
    expect(await b.call('signups.list')).toMatchObject({ total: 0 });

    stopCore(core);
    const again = kiosk(dir, clock).core;
    const c = await asOrganizer(again);
    expect(await c.call('vault.status')).toMatchObject({ state: 'locked' });
    expect(await c.attempt('signups.list')).toMatchObject({ ok: false, error: { code: 'vault_locked' } });
  });

  it('refuses wrong passphrases, and pauses after five even when they are sent together', async () => {
    const { core } = kiosk();
    const { call, attempt } = await asOrganizer(core);
    await call('vault.create', { passphrase: PASSPHRASE });
    await call('vault.lock');
    const wrong = await attempt('vault.unlock', { passphrase: 'orbit velvet canyon mosaic lantern thistlE!' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
    expect(!wrong.ok && wrong.error.message).toMatch(/4 tries left/);

    // Twenty more at once, the right one last: at most five are ever tried, and the right one is refused while paused.
    const answers = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => attempt('vault.unlock', { passphrase: `wrong guess number ${i}` })),
      attempt('vault.unlock', { passphrase: PASSPHRASE }),
    ]);
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code));
    expect(codes.filter((c) => c === 'wrong_passphrase')).toHaveLength(3);
    expect(codes.at(-1)).toBe('locked_out');
    expect(await call('vault.status')).toMatchObject({ state: 'locked', lockedUntil: expect.any(String) as unknown });
  });

  it('opens with the recovery code however it is typed', async () => {
    const { core } = kiosk();
    const { call } = await asOrganizer(core);
    const { recoveryCode } = await call<{ recoveryCode: string }>('vault.create', { passphrase: PASSPHRASE });
    await call('vault.lock');
    const typed = ` ${recoveryCode.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o')} `;
    expect(await call('vault.unlock', { recoveryCode: typed })).toEqual({ state: 'unlocked' });
  });

  it('accepts a passphrase however its case and spaces were typed, and refuses weak ones', async () => {
    const { core } = kiosk();
    const { call, attempt } = await asOrganizer(core);
    expect(await attempt('vault.create', { passphrase: 'short one' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(await attempt('vault.create', { passphrase: 'aaaaaaaaaaaaaaaaaaaaaa' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    await call('vault.create', { passphrase: PASSPHRASE });
    await call('vault.lock');
    expect(await call('vault.unlock', { passphrase: '  Orbit  VELVET canyon mosaic lantern thistle' })).toEqual({ state: 'unlocked' });
  });

  it('proposes six-word passphrases that differ every time', async () => {
    const { core } = kiosk();
    const { call } = await asOrganizer(core);
    const first = await call<{ passphrase: string }>('vault.generatePassphrase');
    const second = await call<{ passphrase: string }>('vault.generatePassphrase');
    expect(first.passphrase.split(' ')).toHaveLength(6);
    expect(first.passphrase).not.toBe(second.passphrase);
  });

  it('uses the real memory-hard cost for new keys', async () => {
    const dir = tempDir();
    const core = startCore(dir);
    const { call } = await asOrganizer(core);
    await call('vault.create', { passphrase: PASSPHRASE });
    stopCore(core);
    const db = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    const wrapped = JSON.parse((db.prepare('SELECT wrapped_json FROM vault_keys').pluck().get() as string) ?? '{}') as { passphrase: { N: number; r: number } };
    db.close();
    expect(wrapped.passphrase).toMatchObject({ kdf: 'scrypt', N: 2 ** 18, r: 8, p: 1 });
  });
});

describe('opening many sign-ups after an unlock', () => {
  it('says how far it has got while it opens them, then lists them all', async () => {
    const { dir, clock, core } = kiosk();
    const { call } = await asOrganizer(core);
    await call('vault.create', { passphrase: PASSPHRASE });
    for (let i = 0; i < 3; i++) await ok(core, 'signup.create', { ...validSignup, firstName: `Ana${i}` });
    stopCore(core);
    // 3,000 more, sealed as the app seals them, written straight into the table.
    const db = new Database(path.join(dir, DATABASE_FILE));
    const copy = db.prepare('INSERT INTO sealed_signups (id, client_id, created_hour, key_id, format, box) SELECT ?, NULL, created_hour, key_id, format, box FROM sealed_signups LIMIT 1');
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) copy.run(crypto.randomUUID());
    })();
    db.close();
    const again = kiosk(dir, clock).core;
    const organizer = await asOrganizer(again);
    await organizer.call('vault.unlock', { passphrase: PASSPHRASE });
    const during = await organizer.call<VaultStatus>('vault.status');
    expect(during.opening).toMatchObject({ total: 3003 });
    // The copies do not open (their box names another row): counted, never shown as people.
    const { total } = await organizer.call<{ total: number }>('signups.list');
    expect(total).toBe(3);
    const after = await organizer.call<VaultStatus>('vault.status');
    expect(after.opening).toBeUndefined();
    expect(after.unopened).toBe(3000);
  });
});

describe('what was there before the key', () => {
  it('seals earlier sign-ups in place and leaves nothing of them in the folder, its copies or free pages', async () => {
    const { dir, core } = kiosk();
    const { call } = await asOrganizer(core);
    await ok(core, 'signup.create', rosaSignup);
    // A restore leaves a dated copy holding the person too.
    const { base64 } = await call<{ base64: string }>('backup.create');
    await call('backup.restore', { base64, confirm: true });
    expect(findPerson(dir, rosa).length).toBeGreaterThan(0);
    expect(await call<VaultStatus>('vault.status')).toMatchObject({ plain: 1, sealed: 0 });

    await call('vault.create', { passphrase: PASSPHRASE });
    expect(findPerson(dir, rosa)).toEqual([]);
    expect(await call<VaultStatus>('vault.status')).toMatchObject({ plain: 0, sealed: 1 });
    const { items } = await call<{ items: SignupRecord[] }>('signups.list');
    expect(items.map((i) => i.email)).toEqual(['rosalind.qv@example.org']);
  });

  it('opens a database from the first version, and seals its people once a key is made', async () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(__dirname, '../fixtures/round1/kiosk.sqlite.fixture'), path.join(dir, DATABASE_FILE));
    const { core } = kiosk(dir);
    const { call } = await ok<{ token: string }>(core, 'organizer.login', { pin: '246810' }).then(({ token }) => ({
      call: <T>(method: string, args: unknown = {}) => ok<T>(core, method, args, token),
    }));
    expect(await call('signups.count')).toEqual({ total: 3 });
    const before = await call<{ csv: string }>('signups.export', { format: 'full' });
    await call('vault.create', { passphrase: PASSPHRASE });
    expect(findPerson(dir, rosa)).toEqual([]);
    expect(findPerson(dir, { firstName: 'Teodomiro', lastName: 'Ñañez', email: 'teodomiro.n@example.org' })).toEqual([]);
    expect(findPerson(dir, { firstName: 'Xiomara', phoneDigits: '4135550142' })).toEqual([]);
    // Every person and every consent record survived, as the full export shows.
    expect(await call<{ csv: string }>('signups.export', { format: 'full' })).toMatchObject({ csv: before.csv });
  });

  it('restores a first-version backup into a sealed kiosk without writing its people unsealed', async () => {
    const { dir, core } = kiosk();
    const { call } = await asOrganizer(core);
    await call('vault.create', { passphrase: PASSPHRASE });
    await ok(core, 'signup.create', { ...validSignup, firstName: 'Bruna', email: 'bruna@example.org' });
    const base64 = fs.readFileSync(path.join(__dirname, '../fixtures/round1/backup.sqlite.fixture')).toString('base64');
    expect(await call('backup.restore', { base64, confirm: true })).toMatchObject({ signups: 4, added: 3 });
    expect(findPerson(dir, rosa)).toEqual([]);
    const names = (await call<{ items: SignupRecord[] }>('signups.list')).items.map((i) => i.firstName).sort();
    expect(names).toEqual(['Bruna', 'Rosalind', 'Teodomiro', 'Xiomara']);
  });
});

describe('sealed data at rest', () => {
  it('keeps the folder 0700 and its files 0600', async () => {
    const { dir, core } = kiosk();
    const { call } = await asOrganizer(core);
    await call('vault.create', { passphrase: PASSPHRASE });
    await ok(core, 'signup.create', rosaSignup);
    const { base64 } = await call<{ base64: string }>('backup.create');
    await call('backup.restore', { base64, confirm: true });
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    for (const file of fs.readdirSync(dir)) expect(fs.statSync(path.join(dir, file)).mode & 0o777, file).toBe(0o600);
  });

  it('backs up sealed rows only, and a backup is opened on another computer with the passphrase', async () => {
    const from = kiosk();
    const a = await asOrganizer(from.core);
    await a.call('vault.create', { passphrase: PASSPHRASE });
    await ok(from.core, 'signup.create', rosaSignup);
    const { base64 } = await a.call<{ base64: string }>('backup.create');
    const backupDir = tempDir();
    fs.writeFileSync(path.join(backupDir, 'backup.sqlite'), Buffer.from(base64, 'base64'));
    expect(findPerson(backupDir, rosa)).toEqual([]);

    const to = kiosk();
    const b = await asOrganizer(to.core);
    await b.call('backup.restore', { base64, confirm: true });
    expect(await b.call('vault.status')).toMatchObject({ state: 'locked', sealed: 1 });
    await b.call('vault.unlock', { passphrase: PASSPHRASE });
    expect((await b.call<{ items: SignupRecord[] }>('signups.list')).items.map((i) => i.firstName)).toEqual(['Rosalind']);
  });

  it('counts a sealed row that was altered or moved to another row as not opened, never as a person', async () => {
    const { dir, clock, core } = kiosk();
    const { call } = await asOrganizer(core);
    await call('vault.create', { passphrase: PASSPHRASE });
    for (const name of ['Ana', 'Bea', 'Ciro']) await ok(core, 'signup.create', { ...validSignup, firstName: name });
    stopCore(core);
    const db = new Database(path.join(dir, DATABASE_FILE));
    const rows = db.prepare('SELECT id, box FROM sealed_signups ORDER BY id').all() as { id: string; box: Buffer }[];
    const flipped = Buffer.from(rows[0]?.box ?? []);
    flipped.writeUInt8((flipped.readUInt8(flipped.length - 20) ^ 1) & 0xff, flipped.length - 20);
    db.prepare('UPDATE sealed_signups SET box = ? WHERE id = ?').run(flipped, rows[0]?.id);
    // Bea's box under Ciro's id: it must not open as Ciro.
    db.prepare('UPDATE sealed_signups SET box = ? WHERE id = ?').run(rows[1]?.box, rows[2]?.id);
    db.close();
    const again = kiosk(dir, clock).core;
    const { call: call2 } = await asOrganizer(again);
    await call2('vault.unlock', { passphrase: PASSPHRASE });
    expect((await call2<{ total: number }>('signups.list')).total).toBe(1);
    expect(await call2('vault.status')).toMatchObject({ unopened: 2, sealed: 3 });
  });
});

describe('a forgotten or locked PIN', () => {
  it('is replaced by whoever knows the passphrase or the recovery code, and by no one else', async () => {
    const { core } = kiosk();
    const { call } = await asOrganizer(core);
    const { recoveryCode } = await call<{ recoveryCode: string }>('vault.create', { passphrase: PASSPHRASE });
    // Someone fails on purpose until the PIN is locked.
    for (let i = 0; i < 6; i++) await core.call('organizer.login', { pin: '000000' });
    expect(await core.call('organizer.login', { pin: '246810' })).toMatchObject({ ok: false, error: { code: 'locked_out' } });

    expect(await core.call('organizer.resetPin', { pin: '975310', passphrase: 'not the passphrase at all' })).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
    expect(await core.call('organizer.resetPin', { pin: '975310', passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    expect(await core.call('organizer.login', { pin: '975310' })).toMatchObject({ ok: true });
    expect(await core.call('organizer.login', { pin: '246810' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await core.call('organizer.resetPin', { pin: '864200', recoveryCode })).toMatchObject({ ok: true });
    // A trivial PIN is refused here too.
    expect(await core.call('organizer.resetPin', { pin: '123456', passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });
});

describe('lost secrets', () => {
  it('starts a new key when both secrets are lost, and destroys the rows no one can open', async () => {
    const { dir, core } = kiosk();
    const { call, attempt } = await asOrganizer(core);
    const old = await call<{ keyId: string }>('vault.create', { passphrase: PASSPHRASE });
    await ok(core, 'signup.create', rosaSignup);
    expect(await attempt('vault.create', { passphrase: 'another long passphrase here' })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const fresh = await call<{ keyId: string }>('vault.create', { passphrase: 'another long passphrase here', replaceLostKey: true });
    expect(fresh.keyId).not.toBe(old.keyId);
    await ok(core, 'signup.create', { ...validSignup, firstName: 'Bruna' });
    const status = await call<VaultStatus>('vault.status');
    expect(status.keys).toEqual([
      expect.objectContaining({ keyId: fresh.keyId, active: true, rows: 1 }),
      expect.objectContaining({ keyId: old.keyId, active: false, rows: 1 }),
    ]);
    expect((await call<{ items: SignupRecord[] }>('signups.list')).items.map((i) => i.firstName)).toEqual(['Bruna']);
    expect(await attempt('vault.destroySealed', { keyId: fresh.keyId, confirmCount: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await attempt('vault.destroySealed', { keyId: old.keyId, confirmCount: 2 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call('vault.destroySealed', { keyId: old.keyId, confirmCount: 1 })).toEqual({ deleted: 1 });
    expect(await call('signups.count')).toEqual({ total: 1 });
    expect(fs.readdirSync(dir).sort()).toEqual([DATABASE_FILE, `${DATABASE_FILE}-wal`]);
  });

  it('lets the steward choose to run without sealing, only while there is no key', async () => {
    const { core } = kiosk();
    const { call, attempt } = await asOrganizer(core);
    expect(await call('vault.sealingOff', { confirm: true })).toMatchObject({ state: 'none', sealingOff: true });
    await call('vault.create', { passphrase: PASSPHRASE });
    expect(await call('vault.status')).toMatchObject({ state: 'unlocked', sealingOff: false });
    expect(await attempt('vault.sealingOff', { confirm: true })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
