/**
 * PIN guesses sent all at once (finding F3): they are evaluated one at a time and the lock is
 * decided before each hash, so 200 at once evaluate 5. Every scrypt call is counted here.
 */
import type Database from 'better-sqlite3';
import type * as Crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { AttemptGuard, lockoutMs, type AttemptWords } from '../../src/core/auth/attempts';
import { sentence } from '../../src/core/messages';
import { ok, startCore, TestClock } from './helpers';

const hashes = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof Crypto>();
  const scrypt = ((...args: Parameters<typeof real.scrypt>) => {
    hashes.count++;
    return (real.scrypt as (...a: unknown[]) => void)(...args);
  }) as typeof real.scrypt;
  return { ...real, default: { ...real, scrypt }, scrypt };
});

const PIN = '246810';

function coreWithDb(clock = new TestClock()) {
  let db: Database.Database | undefined;
  const core = startCore(undefined, clock, { onDatabaseOpen: (opened) => (db = opened) });
  const state = (key: string) => (db?.prepare('SELECT value FROM app_state WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  return { core, state, clock };
}

describe('PIN attempts sent at once', () => {
  it('evaluates at most 5 of 200 through core, and refuses the right PIN sent last while locked', async () => {
    const { core, state } = coreWithDb();
    await ok(core, 'organizer.setup', { pin: PIN });
    hashes.count = 0;
    const wrong = Array.from({ length: 199 }, (_, i) => String(100000 + i * 7919).slice(0, 6));
    const answers = await Promise.all([...wrong, PIN].map((pin) => core.call('organizer.login', { pin })));
    expect(hashes.count).toBe(5);
    expect(state('pin_failures')).toBe('5');
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code));
    expect(codes.filter((c) => c === 'unauthorized')).toHaveLength(4);
    expect(codes.filter((c) => c === 'locked_out')).toHaveLength(196);
    expect(codes.at(-1)).toBe('locked_out');
    expect(await core.call('organizer.login', { pin: PIN })).toMatchObject({ ok: false, error: { code: 'locked_out' } });
    expect(hashes.count).toBe(5);
  });
});

describe('the attempt guard', () => {
  const words: AttemptWords = {
    wrong: (left) => sentence('wrongPinMany', { left }),
    locked: (wait) => sentence('lockedOut', { wait }),
    tooMany: sentence('tooManyPinAttempts'),
  };

  it('stops growing the lock at its cap, however many failures come', () => {
    expect([1, 2, 3, 4].map((n) => lockoutMs(n))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9].map((n) => lockoutMs(n))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect([10, 11, 40, 10_000].map((n) => lockoutMs(n))).toEqual([900_000, 900_000, 900_000, 900_000]);
  });

  it('keeps its rows under its own prefix, says its own words, and can be reset', async () => {
    const clock = new TestClock();
    let db!: Database.Database;
    startCore(undefined, clock, { onDatabaseOpen: (opened) => (db = opened) });
    const guard = new AttemptGuard(db, () => clock.now(), { prefix: 'vault_', words, policy: { freeAttempts: 2 } });
    const verify = vi.fn(async () => false);
    await expect(guard.attempt(verify)).rejects.toMatchObject({ code: 'unauthorized', message: expect.stringContaining('1 tries left') });
    await expect(guard.attempt(verify)).rejects.toMatchObject({ code: 'locked_out', extra: { retryAt: '2026-11-25T15:00:30.000Z' } });
    await expect(guard.attempt(verify)).rejects.toMatchObject({ code: 'locked_out' });
    expect(verify).toHaveBeenCalledTimes(2);
    const rows = db.prepare("SELECT key, value FROM app_state WHERE key LIKE 'vault\\_%' ESCAPE '\\' ORDER BY key").all();
    expect(rows).toEqual([
      { key: 'vault_failures', value: '2' },
      { key: 'vault_locked_until', value: '2026-11-25T15:00:30.000Z' },
    ]);
    guard.reset();
    expect(guard.lockedUntil()).toBeNull();
    await expect(guard.attempt(async () => true)).resolves.toBeUndefined();
  });

  it('evaluates at most 10 attempts a minute, right ones included, then lets them through again', async () => {
    const clock = new TestClock();
    let db!: Database.Database;
    startCore(undefined, clock, { onDatabaseOpen: (opened) => (db = opened) });
    const guard = new AttemptGuard(db, () => clock.now(), { prefix: 'test_', words });
    const verify = vi.fn(async () => true);
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, () => guard.attempt(verify)));
    expect(outcomes.map((o) => o.status)).toEqual([...Array<string>(10).fill('fulfilled'), 'rejected', 'rejected']);
    expect(outcomes[11]).toMatchObject({ reason: { code: 'locked_out', message: 'Too many PIN attempts. Wait a minute, then try again.', extra: { retryAt: '2026-11-25T15:01:00.000Z' } } });
    expect(verify).toHaveBeenCalledTimes(10);
    clock.advance(60_000);
    await expect(guard.attempt(verify)).resolves.toBeUndefined();
  });

  it('lets a failing check through the line: the next attempt is still evaluated', async () => {
    const clock = new TestClock();
    let db!: Database.Database;
    startCore(undefined, clock, { onDatabaseOpen: (opened) => (db = opened) });
    const guard = new AttemptGuard(db, () => clock.now(), { prefix: 'test_', words });
    const broken = guard.attempt(async () => {
      throw new Error('disk gone');
    });
    const next = guard.attempt(async () => true);
    await expect(broken).rejects.toThrow('disk gone');
    await expect(next).resolves.toBeUndefined();
  });
});
