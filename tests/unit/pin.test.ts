import { describe, expect, it } from 'vitest';
import { hashPin, lockoutMs, verifyPin } from '../../src/core/auth/pin';
import { ok, startCore, stopCore, tempDir, TestClock } from './helpers';

describe('the organizer PIN', () => {
  it('is stored as a salted scrypt hash that verifies only the right PIN', async () => {
    const a = await hashPin('246810');
    const b = await hashPin('246810');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('246810');
    expect(await verifyPin('246810', a)).toBe(true);
    expect(await verifyPin('246811', a)).toBe(false);
    expect(await verifyPin('246810', 'garbage')).toBe(false);
  });

  it('locks for longer after each wrong PIN past the fifth', () => {
    expect([1, 2, 3, 4].map(lockoutMs)).toEqual([0, 0, 0, 0]);
    expect(lockoutMs(5)).toBe(30_000);
    expect(lockoutMs(6)).toBe(60_000);
    expect(lockoutMs(7)).toBe(120_000);
    expect(lockoutMs(40)).toBe(3_600_000);
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

  it('keeps an app kiosk closed (setupFirst) until a PIN is chosen; the test host opens at once', async () => {
    const app = startCore(tempDir(), new TestClock(), { setupFirst: true });
    expect(await ok(app, 'organizer.status', {})).toEqual({ pinSet: false, lockedUntil: null, setupFirst: true });
    await ok(app, 'organizer.setup', { pin: '246810' });
    expect(await ok(app, 'organizer.status', {})).toEqual({ pinSet: true, lockedUntil: null, setupFirst: false });
    expect(await ok(startCore(), 'organizer.status', {})).toEqual({ pinSet: false, lockedUntil: null, setupFirst: false });
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
