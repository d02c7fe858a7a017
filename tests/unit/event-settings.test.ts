import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { EventSettings } from '../../src/common/event';
import { ok, organizerToken, startCore, stopCore, tempDir, validSignup } from './helpers';

describe('event.update', () => {
  it('changes only the fields given, keeps the event id, and the change survives a restart', async () => {
    const dir = tempDir();
    const core = startCore(dir);
    const token = await organizerToken(core);
    const before = await ok<EventSettings>(core, 'event.get', {});
    const updated = await ok<EventSettings>(
      core,
      'event.update',
      { name: '  Rally at City Hall  ', date: '2026-11-25', idleSeconds: 90, hiddenSections: ['charities', 'charities'], signupMode: 'no-last-name' },
      token,
    );
    expect(updated).toEqual({
      ...before,
      name: 'Rally at City Hall',
      date: '2026-11-25',
      idleSeconds: 90,
      hiddenSections: ['charities'],
      signupMode: 'no-last-name',
    });
    stopCore(core);
    const again = startCore(dir);
    expect(await ok(again, 'event.get', {})).toEqual(updated);
    expect(await ok<EventSettings>(again, 'event.update', { place: null, date: null }, await organizerToken(again))).toMatchObject({
      place: null,
      date: null,
      name: 'Rally at City Hall',
    });
  });

  it('refuses invalid settings with the field and reason, and changes nothing', async () => {
    const core = startCore();
    const token = await organizerToken(core);
    const before = await ok<EventSettings>(core, 'event.get', {});
    const cases: [unknown, string][] = [
      [{ idleSeconds: 5 }, 'idleSeconds'],
      [{ idleSeconds: 181 }, 'idleSeconds'],
      [{ name: 'Fine', date: '2026-02-30' }, 'date'],
      [{ region: 'atlantis' }, 'region'],
      [{ signupMode: 'everyone' }, 'signupMode'],
      [{ hiddenSections: ['legal', 'nope'] }, 'hiddenSections.1'],
      [{ id: before.id }, ''],
    ];
    for (const [patch, path] of cases) {
      const answer = await core.call('event.update', patch, { token });
      expect(answer, JSON.stringify(patch)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
      if (!answer.ok && path) expect(answer.error.issues?.map((i) => i.path)).toContain(path);
    }
    expect(await ok(core, 'event.get', {})).toEqual(before);
  });

  it('waits 3 minutes at most before starting over: an idle time saved under the old 600 s limit is shortened, not refused', async () => {
    let db!: Database.Database;
    const core = startCore(undefined, undefined, { onDatabaseOpen: (opened) => (db = opened) });
    const token = await organizerToken(core);
    expect(await ok<EventSettings>(core, 'event.update', { idleSeconds: 180 }, token)).toMatchObject({ idleSeconds: 180 });
    db.prepare("UPDATE events SET settings_json = json_set(settings_json, '$.idleSeconds', 600)").run();
    expect(await ok<EventSettings>(core, 'event.get', {})).toMatchObject({ idleSeconds: 180 });
    await ok(core, 'signup.create', validSignup);
  });

  it('turns sign-ups off at the kiosk in browse-only mode', async () => {
    const core = startCore();
    await ok(core, 'event.update', { signupMode: 'browse-only' }, await organizerToken(core));
    expect(await core.call('signup.create', validSignup)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
