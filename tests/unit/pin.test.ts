import type Database from 'better-sqlite3';
import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPin, needsRehash, verifyPin } from '../../src/core/auth/pin';
import { isTrivialPin } from '../../src/core/auth/pin-strength';
import { ok, startCore, stopCore, tempDir, TestClock } from './helpers';

/** A hash as this app made them before the cost was raised (N=2^15). */
function oldHash(pin: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(pin, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', 2 ** 15, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

describe('the organizer PIN', () => {
  it('is stored as a salted scrypt hash that verifies only the right PIN', async () => {
    const a = await hashPin('246810');
    const b = await hashPin('246810');
    // OWASP's minimum for scrypt: N=2^17, r=8, p=1.
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('246810');
    expect(await verifyPin('246810', a)).toBe(true);
    expect(await verifyPin('246811', a)).toBe(false);
    expect(await verifyPin('246810', 'garbage')).toBe(false);
  });

  it('still verifies a hash made with the old cost, and makes it again at the next right PIN', async () => {
    let db!: Database.Database;
    const core = startCore(undefined, new TestClock(), { onDatabaseOpen: (opened) => (db = opened) });
    await ok(core, 'organizer.setup', { pin: '246810' });
    const stored = () => (db.prepare("SELECT value FROM app_state WHERE key = 'pin_hash'").get() as { value: string }).value;
    const old = oldHash('246810');
    expect(needsRehash(old)).toBe(true);
    db.prepare("UPDATE app_state SET value = ? WHERE key = 'pin_hash'").run(old);
    expect(await core.call('organizer.login', { pin: '246811' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(stored()).toBe(old);
    expect(await core.call('organizer.login', { pin: '246810' })).toMatchObject({ ok: true });
    expect(stored()).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(needsRehash(stored())).toBe(false);
    expect(await core.call('organizer.login', { pin: '246810' })).toMatchObject({ ok: true });
  });

  it('knows the PINs too easy to guess: one digit, runs, repeated groups, the most common ones', () => {
    const trivial = ['000000', '999999999999', '123456', '654321', '890123', '1234567890', '0987654321', '121212', '123123', '12341234', '007007', '112233', '332211', '123321', '159753', '789456', '147258369'];
    expect(trivial.filter((pin) => !isTrivialPin(pin))).toEqual([]);
    const fine = ['246810', '135790', '482916', '902741', '1357924680', '120394', '112234', '123465'];
    expect(fine.filter(isTrivialPin)).toEqual([]);
  });

  it('refuses a trivial PIN at setup, in the caller\'s language, and sets nothing', async () => {
    const core = startCore();
    expect(await core.call('organizer.setup', { pin: '123456' })).toEqual({
      ok: false,
      error: {
        code: 'invalid_argument',
        message: 'That PIN is too easy to guess (one digit repeated, a run like 123456, a repeated pattern or one of the most common PINs). Choose another one.',
      },
    });
    expect(await core.call('organizer.setup', { pin: '111111' }, { language: 'es' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument', message: expect.stringMatching(/^Ese PIN es demasiado fácil de adivinar/) },
    });
    expect(await ok(core, 'organizer.status', {})).toMatchObject({ pinSet: false });
    await ok(core, 'organizer.setup', { pin: '246810' });
    // Once a PIN exists, any setup is a conflict, trivial or not.
    expect(await core.call('organizer.setup', { pin: '000000' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('locks out after 5 wrong PINs, even across a restart, and refuses the right PIN until then', async () => {
    const dir = tempDir();
    const clock = new TestClock();
    const core = startCore(dir, clock);
    await ok(core, 'organizer.setup', { pin: '246810' });
    for (let i = 1; i <= 4; i++) {
      expect(await core.call('organizer.login', { pin: '000000' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    const fifth = await core.call('organizer.login', { pin: '000000' });
    expect(fifth).toMatchObject({ ok: false, error: { code: 'locked_out', retryAt: '2026-11-25T15:00:30.000Z' } });
    stopCore(core);

    const restarted = startCore(dir, clock);
    expect(await restarted.call('organizer.login', { pin: '246810' })).toMatchObject({ ok: false, error: { code: 'locked_out' } });
    expect(await ok(restarted, 'organizer.status', {})).toEqual({ pinSet: true, lockedUntil: '2026-11-25T15:00:30.000Z', setupFirst: false });
    clock.advance(31_000);
    expect(await restarted.call('organizer.login', { pin: '246810' })).toMatchObject({ ok: true });
  });

  it('keeps the kiosk closed (setupFirst) until a PIN is chosen, by default; opens at once only when told', async () => {
    const app = startCore();
    expect(await ok(app, 'organizer.status', {})).toEqual({ pinSet: false, lockedUntil: null, setupFirst: true });
    await ok(app, 'organizer.setup', { pin: '246810' });
    expect(await ok(app, 'organizer.status', {})).toEqual({ pinSet: true, lockedUntil: null, setupFirst: false });
    const demo = startCore(tempDir(), new TestClock(), { setupFirst: false });
    expect(await ok(demo, 'organizer.status', {})).toEqual({ pinSet: false, lockedUntil: null, setupFirst: false });
  });

  it('ends a session after 15 minutes without use', async () => {
    const clock = new TestClock();
    const core = startCore(undefined, clock);
    const { token } = await ok<{ token: string }>(core, 'organizer.setup', { pin: '246810' });
    clock.advance(14 * 60_000);
    expect(await core.call('signups.count', {}, { token })).toMatchObject({ ok: true });
    clock.advance(14 * 60_000);
    expect(await core.call('signups.count', {}, { token })).toMatchObject({ ok: true });
    clock.advance(16 * 60_000);
    expect(await core.call('signups.count', {}, { token })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});
