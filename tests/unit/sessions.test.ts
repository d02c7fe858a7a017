/** Organizer sessions: an idle limit, an absolute lifetime, and no expired tokens kept. */
import { describe, expect, it } from 'vitest';
import { SESSION_MAX_MS, Sessions } from '../../src/core/auth/sessions';
import { ok, startCore, TestClock } from './helpers';

describe('organizer sessions', () => {
  it('end after their absolute lifetime even when used all along', async () => {
    const clock = new TestClock();
    const core = startCore(undefined, clock);
    const { token } = await ok<{ token: string }>(core, 'organizer.setup', { pin: '246810' });
    for (let minutes = 10; minutes < SESSION_MAX_MS / 60_000; minutes += 10) {
      clock.advance(10 * 60_000);
      expect(await core.call('signups.count', {}, { token }), `${minutes} min`).toMatchObject({ ok: true });
    }
    // 11 more minutes: within the idle limit, past the lifetime.
    clock.advance(11 * 60_000);
    expect(await core.call('signups.count', {}, { token })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('forget expired tokens instead of keeping them', () => {
    const clock = new TestClock();
    const sessions = new Sessions(() => clock.now());
    const old = [sessions.open().token, sessions.open().token, sessions.open().token];
    expect(sessions.size).toBe(3);
    clock.advance(16 * 60_000);
    const fresh = sessions.open().token;
    expect(sessions.size).toBe(1);
    expect(old.map((t) => sessions.isOpen(t))).toEqual([false, false, false]);
    expect(sessions.touch(fresh)).toBe(true);
  });
});
