/**
 * A full disk, two ways: a real tmpfs filled to the last byte (where the machine lets tests mount
 * one), and SQLite's max_page_count on the live connection (everywhere). Either way the visitor is
 * asked, in their language, to find a volunteer; the organizer sees why in system.status; nothing
 * saved before is damaged; and the kiosk takes sign-ups again once there is space.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it, vi, type TestContext } from 'vitest';
import type { SignupRecord } from '../../src/common/contract';
import type { SystemStatus } from '../../src/common/system';
import type { Core } from '../../src/core/core';
import { isStorageFull } from '../../src/core/errors';
import { say } from '../../src/core/messages';
import { createHost } from '../../src/server/http';
import { fillDisk, mountTmpfs, unmount } from './mounts';
import { ok, organizerToken, startCore, stopCore, tempDir, TestClock, validSignup } from './helpers';

interface FullDisk {
  dir: string;
  core: Core;
  db: Database.Database;
  fill(): void;
  free(): void;
  /** Undo what setting up took (unmount), after the core is closed. */
  cleanUp(): void;
}

const cleanUps: (() => void)[] = [];
afterEach(() => {
  for (const undo of cleanUps.splice(0).reverse()) undo();
});

function start(dir: string, clock: TestClock): { core: Core; db: Database.Database } {
  let db: Database.Database | undefined;
  const core = startCore(dir, clock, { onDatabaseOpen: (live) => (db = live) });
  if (!db) throw new Error('no live connection');
  return { core, db };
}

const STRATEGIES: Record<string, (ctx: TestContext, clock: TestClock) => FullDisk> = {
  /** The real thing: write() gets ENOSPC from the kernel. */
  'a tmpfs filled to the last byte': (ctx, clock) => {
    const dir = path.join(tempDir(), 'disk');
    const refused = mountTmpfs(dir, 24 * 1024 * 1024);
    if (refused) ctx.skip(`no tmpfs (${refused}); the max_page_count case still runs`);
    cleanUps.push(() => unmount(dir));
    const { core, db } = start(dir, clock);
    let filler = '';
    return {
      dir,
      core,
      db,
      fill: () => (filler = fillDisk(dir)),
      free: () => fs.rmSync(filler),
      cleanUp: () => stopCore(core),
    };
  },
  /** SQLite's own cap on the file's size: the same SQLITE_FULL, without mount privileges. */
  'SQLite max_page_count on the live connection': (_ctx, clock) => {
    const dir = tempDir();
    const { core, db } = start(dir, clock);
    const unlimited = db.pragma('max_page_count', { simple: true }) as number;
    return {
      dir,
      core,
      db,
      fill: () => db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`),
      free: () => db.pragma(`max_page_count = ${unlimited}`),
      cleanUp: () => stopCore(core),
    };
  },
};

async function postJson(url: string, body: unknown, token?: string) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { ok: boolean; error?: { code: string; message: string } } };
}

async function listAll(core: Core, token: string): Promise<SignupRecord[]> {
  return (await ok<{ items: SignupRecord[] }>(core, 'signups.list', { limit: 1000 }, token)).items;
}

/** Every stored sign-up is whole: contact consents plus one share consent per organization. */
function expectWhole(items: SignupRecord[]) {
  for (const item of items) {
    expect(item.consents.filter((c) => c.kind !== 'share').map((c) => c.kind).sort()).toEqual(['email', 'sms']);
    expect(item.consents.filter((c) => c.kind === 'share').map((c) => c.organizationId).sort()).toEqual(
      item.organizations.map((o) => o.id).sort(),
    );
  }
}

describe.each(Object.keys(STRATEGIES))('a full disk: %s', (strategy) => {
  it('asks the visitor to find a volunteer, tells the organizer why, keeps every earlier sign-up, and recovers', async (ctx) => {
    const clock = new TestClock();
    const disk = STRATEGIES[strategy]!(ctx, clock);
    cleanUps.push(() => disk.cleanUp());
    const { core, db } = disk;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    cleanUps.push(() => errors.mockRestore());

    // Signed in before the disk fills: setting up the PIN is a write too.
    const token = await organizerToken(core);
    const earlier: string[] = [];
    for (const [i, language] of (['en', 'es', 'en'] as const).entries()) {
      earlier.push((await ok<{ id: string }>(core, 'signup.create', { ...validSignup, language, firstName: `Before${i}`, email: `before${i}@example.org` })).id);
    }
    const before = await listAll(core, token);

    disk.fill();
    // Space SQLite already holds (room in a page, free pages, the WAL) may take a few more, so
    // each kind of attempt is repeated until refused; the accepted ones must all be whole.
    let accepted = 0;
    let n = 0;
    async function untilRefused(send: (i: number) => Promise<{ ok: boolean }>) {
      for (let tries = 0; tries < 2000; tries++) {
        clock.advance(1000);
        const answer = await send(n++);
        if (!answer.ok) return answer;
        accepted++;
      }
      throw new Error('the disk never filled up');
    }
    const spanish = { ...validSignup, language: 'es', firstName: 'Lucía' } as const;
    expect(await untilRefused((i) => core.call('signup.create', { ...spanish, firstName: `Lleno${i}`, email: `lleno${i}@example.org` }))).toEqual({
      ok: false,
      error: { code: 'storage_full', message: say('storageFull', 'es') },
    });
    expect(say('storageFull', 'es')).toMatch(/pida ayuda a una persona voluntaria/);
    expect(await untilRefused((i) => core.call('signup.create', { ...validSignup, firstName: `Full${i}`, email: `full${i}@example.org` }))).toEqual({
      ok: false,
      error: { code: 'storage_full', message: say('storageFull', 'en') },
    });
    expect(say('storageFull', 'en')).toMatch(/ask a volunteer/);

    // The same over HTTP, from the browser host: 507 and the visitor's language.
    const server = createHost({ core, staticDir: tempDir(), port: 0 });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanUps.push(() => server.close());
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
    const overHttp = await untilRefused(async (i) => {
      const answer = await postJson(`${base}/signup.create`, { ...spanish, firstName: `Http${i}`, email: `http${i}@example.org` });
      return { ...answer.body, status: answer.status };
    });
    expect(overHttp).toEqual({ status: 507, ok: false, error: { code: 'storage_full', message: say('storageFull', 'es') } });

    // The organizer sees why, and where to free space.
    const status = (await postJson(`${base}/system.status`, {}, token)).body as unknown as { ok: true; result: SystemStatus };
    expect(status.ok).toBe(true);
    expect(status.result.lastStorageError).toEqual({ at: clock.now().toISOString(), method: 'signup.create', code: 'SQLITE_FULL' });
    expect(status.result.dataDir).toBe(disk.dir);
    expect(status.result.database.bytes).toBeGreaterThan(0);
    expect(status.result.startup.movedAside).toBeNull();
    if (strategy.includes("tmpfs")) expect(status.result.disk?.freeBytes).toBeLessThan(64 * 1024);
    // The log says what failed, without a word of what the person typed.
    const logged = errors.mock.calls.flat().join('\n');
    expect(logged).toMatch(/signup\.create could not save: storage full: SqliteError SQLITE_FULL/);
    expect(logged).not.toMatch(/Lucía|lleno|example\.org|617/);

    // Nothing earlier is damaged; nothing half-written. The console can still read and export.
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const during = await listAll(core, token);
    expect(during.length).toBe(before.length + accepted);
    expect(during.filter((s) => earlier.includes(s.id))).toEqual(before);
    expectWhole(during);
    const exported = await ok<{ rows: number }>(core, 'signups.export', { format: 'full' }, token);
    expect(exported.rows).toBe(during.length);
    if (strategy.includes('tmpfs')) {
      // A backup needs room for its copy: refused, and its half-made temporary file removed.
      const files = fs.readdirSync(disk.dir).sort();
      expect(await core.call('backup.create', {}, { token })).toMatchObject({ ok: false, error: { code: 'storage_full' } });
      expect(fs.readdirSync(disk.dir).sort()).toEqual(files);
    }

    // Space again: the next visitor is thanked, and everything survives a restart.
    disk.free();
    const after = await core.call('signup.create', { ...validSignup, language: 'es', firstName: 'Después', email: 'despues@example.org' });
    expect(after.ok).toBe(true);
    stopCore(core);
    const { core: reopened, db: reopenedDb } = start(disk.dir, clock);
    cleanUps.push(() => stopCore(reopened));
    expect(reopenedDb.pragma('integrity_check', { simple: true })).toBe('ok');
    const final = await listAll(reopened, await organizerToken(reopened));
    expect(final.length).toBe(before.length + accepted + 1);
    expectWhole(final);
  });
});

describe('isStorageFull', () => {
  it('knows what SQLite and Node report for a full disk, and nothing else', () => {
    for (const code of ['SQLITE_FULL', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'SQLITE_IOERR_SHMSIZE', 'ENOSPC', 'EDQUOT']) {
      expect(isStorageFull({ code }), code).toBe(true);
    }
    for (const value of [{ code: 'SQLITE_BUSY' }, { code: 'SQLITE_IOERR_READ' }, { code: 'EACCES' }, new Error('x'), null, undefined, 'SQLITE_FULL']) {
      expect(isStorageFull(value)).toBe(false);
    }
  });
});

