/**
 * Many kiosks, one list, through core on real database files: the steward's computer makes the
 * event kit, kiosks join with it (file or local network), and their sealed rows come back as
 * bundles or pushes, taken in as a union by id.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SignupRecord } from '../../src/common/contract';
import type { Bundle, BundleImportResult, HubStatus, KioskSyncStatus } from '../../src/common/sync';
import type { Core } from '../../src/core/core';
import { findPerson } from '../support/byte-scan';
import { ok, organizerToken, startCore, tempDir, TestClock, validSignup } from './helpers';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = 'orbit velvet canyon mosaic lantern thistle';

async function device(options: { steward?: boolean } = {}) {
  const dir = tempDir();
  let db: Database.Database | undefined;
  const core = startCore(dir, new TestClock(), { kdfCost: CHEAP, onDatabaseOpen: (live) => (db = live) });
  const token = await organizerToken(core);
  const call = <T>(method: string, args: unknown = {}) => ok<T>(core, method, args, token);
  const attempt = (method: string, args: unknown = {}) => core.call(method, args, { token });
  if (options.steward) await call('vault.create', { passphrase: PASSPHRASE });
  return { dir, core, token, call, attempt, db: db! };
}

async function signUp(core: Core, firstName: string, email: string) {
  return (await ok<{ id: string }>(core, 'signup.create', { ...validSignup, firstName, email })).id;
}

const decode = (base64: string) => JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as Bundle;
const encode = (bundle: unknown) => Buffer.from(JSON.stringify(bundle)).toString('base64');

describe('event kits', () => {
  it('joins a kiosk to the event: same content and settings, sealing to the steward’s key, never able to read', async () => {
    const steward = await device({ steward: true });
    await steward.call('event.update', { name: 'Northampton Rally' });
    const kit = await steward.call<{ filename: string; base64: string }>('event.kit.export');
    expect(kit.filename).toMatch(/^northampton-rally-event-kit-\d{4}-\d{2}-\d{2}\.json$/);
    const kitText = Buffer.from(kit.base64, 'base64').toString('utf8');
    expect(kitText).not.toContain('wrapped');
    expect(kitText).not.toContain('ciphertext');

    const kiosk = await device();
    await signUp(kiosk.core, 'Bexaltrude', 'bexaltrude.join@example.org');
    const stewardKey = (await steward.call<{ keyId: string }>('vault.status')).keyId;
    expect(await kiosk.call('event.kit.import', { base64: kit.base64 })).toEqual({ eventId: expect.any(String) as unknown, keyId: stewardKey });
    expect((await kiosk.call<{ name: string }>('event.get')).name).toBe('Northampton Rally');
    expect(await kiosk.call('vault.status')).toMatchObject({ state: 'locked', canUnlock: false, keyId: stewardKey, plain: 0, sealed: 1 });
    // What the kiosk wrote before it joined is sealed now too.
    expect(findPerson(kiosk.dir, { firstName: 'Bexaltrude', email: 'bexaltrude.join@example.org' })).toEqual([]);
    expect(await kiosk.attempt('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await kiosk.attempt('signups.list')).toMatchObject({ ok: false, error: { code: 'vault_locked' } });
    // A kit refused: not one, or the steward's own computer.
    expect(await kiosk.attempt('event.kit.import', { base64: kit.base64.slice(0, 200) })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(await steward.attempt('event.kit.import', { base64: kit.base64 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await kiosk.attempt('event.kit.export')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('bundles by file', () => {
  async function eventWithKiosk() {
    const steward = await device({ steward: true });
    const kit = await steward.call<{ base64: string }>('event.kit.export');
    const kiosk = await device();
    await kiosk.call('event.kit.import', { base64: kit.base64 });
    return { steward, kiosk, kit };
  }

  it('is a union by id: twice adds nothing, and the steward reads the people once unlocked', async () => {
    const { steward, kiosk } = await eventWithKiosk();
    await signUp(kiosk.core, 'Ana', 'ana.bundle@example.org');
    await signUp(kiosk.core, 'Bea', 'bea.bundle@example.org');
    await ok(kiosk.core, 'calls.log', { scriptId: 'us-congress-refugees', legislatorId: 'W000817', outcome: 'talked' });
    const file = await kiosk.call<{ filename: string; base64: string; rows: number }>('sync.bundle.export');
    expect(file.rows).toBe(2);
    expect(Buffer.from(file.base64, 'base64').includes(Buffer.from('ana.bundle@example.org'))).toBe(false);

    const first = await steward.call<BundleImportResult>('sync.bundle.import', { base64: file.base64 });
    expect(first).toMatchObject({ added: 2, duplicates: 0, conflicts: 0, unknownKey: 0, altered: 0, tallies: { added: 1, duplicates: 0 } });
    expect(await steward.call<BundleImportResult>('sync.bundle.import', { base64: file.base64 })).toMatchObject({ added: 0, duplicates: 2, tallies: { added: 0, duplicates: 1 } });
    const names = (await steward.call<{ items: SignupRecord[] }>('signups.list')).items.map((i) => i.firstName).sort();
    expect(names).toEqual(['Ana', 'Bea']);
    expect(await steward.call<{ total: number }>('calls.stats')).toMatchObject({ total: 1 });
    const hub = await steward.call<HubStatus>('sync.hub.status');
    expect(hub.kiosks).toEqual([expect.objectContaining({ rowsReceived: 3, rowsWaiting: 0 })]);
  });

  it('refuses a bundle that is cut short, tampered with, from another event or from a kiosk without the kit, changing nothing', async () => {
    const { steward, kiosk } = await eventWithKiosk();
    await signUp(kiosk.core, 'Ana', 'ana.refused@example.org');
    const { base64 } = await kiosk.call<{ base64: string }>('sync.bundle.export');
    const bundle = decode(base64);
    const refused = async (candidate: string, code: string, words: RegExp) => {
      const answer = await steward.attempt('sync.bundle.import', { base64: candidate });
      expect(answer).toMatchObject({ ok: false, error: { code } });
      expect(!answer.ok && answer.error.message).toMatch(words);
    };
    await refused(base64.slice(0, base64.length / 2), 'invalid_argument', /cut short/);
    await refused(encode({ ...bundle, rows: bundle.rows.map((r) => ({ ...r, digest: '0'.repeat(64) })) }), 'invalid_argument', /changed after the kiosk signed it/);
    await refused(encode({ ...bundle, eventId: '8a3f4a3e-6c1b-4d0e-9a55-1b2c3d4e5f60' }), 'invalid_argument', /another event/);
    await refused(encode({ ...bundle, kiosk: { ...bundle.kiosk, enrollment: 'AAAA' } }), 'invalid_argument', /given this event/);
    expect(await steward.call('signups.count')).toEqual({ total: 0 });

    // A row whose bytes changed (its digest left as signed): refused alone, the rest taken in.
    await signUp(kiosk.core, 'Bea', 'bea.refused@example.org');
    const two = decode((await kiosk.call<{ base64: string }>('sync.bundle.export')).base64);
    const box = Buffer.from(two.rows[0]!.box, 'base64url');
    box.writeUInt8(box.readUInt8(40) ^ 1, 40);
    const altered = { ...two, rows: [{ ...two.rows[0]!, box: box.toString('base64url') }, ...two.rows.slice(1)] };
    expect(await steward.call('sync.bundle.import', { base64: encode(altered) })).toMatchObject({ added: 1, altered: 1 });
  });

  it('flags the same id with other bytes without overwriting, and keeps rows sealed to a key it does not hold', async () => {
    const { steward, kiosk, kit } = await eventWithKiosk();
    const ana = await signUp(kiosk.core, 'Ana', 'ana.conflict@example.org');
    const { base64 } = await kiosk.call<{ base64: string }>('sync.bundle.export');
    await steward.call('sync.bundle.import', { base64 });

    // The same row id with other bytes (say a kiosk restored from another's backup, writing on):
    // set aside and counted, never over the row already here.
    const bea = await signUp(kiosk.core, 'Bea', 'bea.conflict@example.org');
    kiosk.db.prepare('DELETE FROM sealed_signups WHERE id = ?').run(ana);
    kiosk.db.prepare('UPDATE sealed_signups SET id = ? WHERE id = ?').run(ana, bea);
    const clash = await kiosk.call<{ base64: string }>('sync.bundle.export');
    expect(await steward.call('sync.bundle.import', { base64: clash.base64 })).toMatchObject({ added: 0, conflicts: 1 });
    expect((await steward.call<{ items: SignupRecord[] }>('signups.list')).items.map((i) => i.firstName)).toEqual(['Ana']);

    // A kiosk whose kit named another key (same event, same pairing code).
    const foreignKit = JSON.parse(Buffer.from(kit.base64, 'base64').toString('utf8')) as { key: { keyId: string; publicKey: string } };
    const other = await device({ steward: true });
    const otherKey = await other.call<{ keyId: string }>('vault.status');
    const otherKit = JSON.parse(Buffer.from((await other.call<{ base64: string }>('event.kit.export')).base64, 'base64').toString('utf8')) as { key: unknown };
    foreignKit.key = otherKit.key as typeof foreignKit.key;
    const stranger = await device();
    await stranger.call('event.kit.import', { base64: encode(foreignKit) });
    await signUp(stranger.core, 'Cleo', 'cleo.unknown@example.org');
    const strangerBundle = await stranger.call<{ base64: string }>('sync.bundle.export');
    expect(await steward.call('sync.bundle.import', { base64: strangerBundle.base64 })).toMatchObject({ added: 1, unknownKey: 1 });
    expect(otherKey.keyId).toBeDefined();
    const status = await steward.call<{ sealed: number; unopened?: number }>('vault.status');
    expect(status.sealed).toBe(2);
    expect(steward.db.prepare('SELECT COUNT(*) FROM sync_conflicts').pluck().get()).toBe(1);
    // The steward's list has Ana; Cleo's row is kept, counted as not opened.
    expect((await steward.call<{ items: SignupRecord[] }>('signups.list')).items.map((i) => i.firstName)).toEqual(['Ana']);
    expect(await steward.call('vault.status')).toMatchObject({ unopened: 1 });
  });
});

describe('live over the local network', () => {
  it('joins by address and pairing code, and a sign-up reaches the steward within seconds', async () => {
    const steward = await device({ steward: true });
    const hub = await steward.call<HubStatus>('sync.hub.start', { port: 0 });
    expect(hub.listening).toBe(true);
    const url = hub.urls.at(-1)!;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const kiosk = await device();
    expect(await kiosk.attempt('sync.join', { hubUrl: url, pairingCode: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await kiosk.call('sync.join', { hubUrl: url, pairingCode: hub.pairingCode!.toLowerCase() });
    await signUp(kiosk.core, 'Dalia', 'dalia.live@example.org');
    await expect.poll(async () => (await steward.call<{ total: number }>('signups.count')).total, { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => (await kiosk.call<KioskSyncStatus>('sync.status')).waiting, { timeout: 10_000 }).toBe(0);
    expect((await steward.call<{ items: SignupRecord[] }>('signups.list')).items.map((i) => i.firstName)).toEqual(['Dalia']);

    // An unpaired caller adds nothing and reads nothing.
    const forged = await fetch(`${url}/sync/v1/push`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"kind":"x"}' });
    expect(forged.status).toBe(400);
    const api = await fetch(`${url}/api/signups.list`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(404);
    expect(await steward.call('signups.count')).toEqual({ total: 1 });
  });
});
