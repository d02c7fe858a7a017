/**
 * The call tally through core.call: anonymous rows (script, legislator, outcome, hour), refused
 * when the script or legislator is not ours, counted for the home screen unless turned off,
 * totalled for the console and exported as CSV.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CallCount, CallExport, CallStats } from '../../src/common/calls';
import type { EventSettings } from '../../src/common/event';
import { BOM } from '../../src/core/export/csv';
import { ok, organizerToken, startCore, stopCore, tempDir, TestClock, validSignup } from './helpers';
import { parseCsv } from './rfc4180';

const WARREN = 'W000817';
const PRESSLEY = 'P000617';
const MIRANDA = 'ocd-person/703d6d4e-3a1d-4a2e-82e3-3c9693b75953';
const CONGRESS = 'us-congress-refugees';
const MA = 'ma-safe-communities';

function setUp(clock = new TestClock(new Date('2026-11-25T15:42:07.123Z')), dataDir = tempDir()) {
  let db: Database.Database | undefined;
  const core = startCore(dataDir, clock, { onDatabaseOpen: (d) => (db = d) });
  if (!db) throw new Error('no connection');
  return { core, db, clock, dataDir };
}

const rows = (db: Database.Database) => db.prepare('SELECT * FROM call_tallies ORDER BY legislator_id, outcome').all() as Record<string, unknown>[];

describe('calls.log', () => {
  it('keeps the script, the legislator, the outcome and the hour: nothing about the caller', async () => {
    const { core, db, clock } = setUp();
    await ok(core, 'signup.create', validSignup);
    expect(await ok(core, 'calls.log', { scriptId: CONGRESS, legislatorId: PRESSLEY, outcome: 'talked' })).toEqual({});
    clock.advance(60 * 60_000);
    await ok(core, 'calls.log', { scriptId: MA, legislatorId: MIRANDA, outcome: 'voicemail' });

    const columns = (db.prepare("SELECT name FROM pragma_table_info('call_tallies') ORDER BY cid").all() as { name: string }[]).map((c) => c.name);
    // kiosk_id: which kiosk (a device, not a person) the tally came from, for merging kiosks (migration 006).
    expect(columns).toEqual(['id', 'event_id', 'script_id', 'legislator_id', 'legislator_name', 'outcome', 'hour', 'kiosk_id']);
    const event = await ok<EventSettings>(core, 'event.get', {});
    expect(rows(db)).toEqual([
      { id: expect.stringMatching(/^[0-9a-f-]{36}$/), event_id: event.id, script_id: CONGRESS, legislator_id: PRESSLEY, legislator_name: 'Ayanna Pressley', outcome: 'talked', hour: '2026-11-25T15:00:00.000Z', kiosk_id: null },
      { id: expect.stringMatching(/^[0-9a-f-]{36}$/), event_id: event.id, script_id: MA, legislator_id: MIRANDA, legislator_name: 'Liz Miranda', outcome: 'voicemail', hour: '2026-11-25T16:00:00.000Z', kiosk_id: null },
    ]);
    // Nothing of the sign-up made just before: no name, email, phone, ZIP, nor the minute.
    const stored = JSON.stringify(rows(db));
    for (const personal of [validSignup.firstName, validSignup.lastName, validSignup.email, validSignup.zip, '0123', ':42']) expect(stored).not.toContain(personal);
  });

  it('refuses a script or legislator that is not ours, or the wrong kind for the script, and writes nothing', async () => {
    const { core, db } = setUp();
    const cases = [
      [{ scriptId: 'no-such-script', legislatorId: WARREN, outcome: 'talked' }, 'scriptId'],
      [{ scriptId: CONGRESS, legislatorId: 'X999999', outcome: 'talked' }, 'legislatorId'],
      [{ scriptId: CONGRESS, legislatorId: MIRANDA, outcome: 'talked' }, 'legislatorId'],
      [{ scriptId: MA, legislatorId: WARREN, outcome: 'no-answer' }, 'legislatorId'],
    ] as const;
    for (const [args, path] of cases) {
      const answer = await core.call('calls.log', args, { language: 'es' });
      expect(answer, JSON.stringify(args)).toMatchObject({ ok: false, error: { code: 'invalid_argument', issues: [{ path }] } });
      expect(answer.ok ? '' : answer.error.message).toMatch(/^No pudimos contar esta llamada/);
    }
    expect(rows(db)).toEqual([]);
  });

  it('needs no session (the kiosk), while stats and export do', async () => {
    const { core } = setUp();
    expect((await core.call('calls.log', { scriptId: CONGRESS, legislatorId: WARREN, outcome: 'no-answer' })).ok).toBe(true);
    expect((await core.call('calls.count', {})).ok).toBe(true);
    for (const method of ['calls.stats', 'calls.export']) {
      expect(await core.call(method, {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('is on disk when it answers: the tally survives a restart', async () => {
    const { core, dataDir, clock } = setUp();
    await ok(core, 'calls.log', { scriptId: CONGRESS, legislatorId: WARREN, outcome: 'talked' });
    stopCore(core);
    const again = startCore(dataDir, clock);
    expect(await ok<CallCount>(again, 'calls.count', {})).toEqual({ total: 1 });
  });
});

describe('the call totals', () => {
  it('count for the home screen, unless the organizer turned the count off (and it stays off)', async () => {
    const { core } = setUp();
    const token = await organizerToken(core);
    expect(await ok<CallCount>(core, 'calls.count', {})).toEqual({ total: 0 });
    await ok(core, 'calls.log', { scriptId: CONGRESS, legislatorId: WARREN, outcome: 'talked' });
    await ok(core, 'calls.log', { scriptId: CONGRESS, legislatorId: WARREN, outcome: 'voicemail' });
    expect(await ok<CallCount>(core, 'calls.count', {})).toEqual({ total: 2 });
    expect((await ok<EventSettings>(core, 'event.get', {})).showCallCount).toBe(true);
    await ok(core, 'event.update', { showCallCount: false }, token);
    expect(await ok<CallCount>(core, 'calls.count', {})).toEqual({ total: null });
    // Another setting saved later leaves it off.
    await ok(core, 'event.update', { name: 'Teach-in' }, token);
    expect(await ok<CallCount>(core, 'calls.count', {})).toEqual({ total: null });
    expect((await ok<CallStats>(core, 'calls.stats', {}, token)).total).toBe(2);
  });

  it('total by outcome, legislator, script and hour (empty hours filled), with names', async () => {
    const { core, clock } = setUp();
    const log = (legislatorId: string, outcome: string, scriptId = CONGRESS) => ok(core, 'calls.log', { scriptId, legislatorId, outcome });
    await log(WARREN, 'talked');
    await log(WARREN, 'voicemail');
    await log(PRESSLEY, 'no-answer');
    clock.advance(2 * 60 * 60_000);
    await log(WARREN, 'talked');
    await log(MIRANDA, 'talked', MA);
    const stats = await ok<CallStats>(core, 'calls.stats', {}, await organizerToken(core));
    expect(stats.total).toBe(5);
    expect(stats.byOutcome).toEqual({ talked: 3, voicemail: 1, 'no-answer': 1 });
    expect(stats.byLegislator).toEqual([
      { id: WARREN, name: 'Elizabeth Warren', body: 'congress', total: 3, outcomes: { talked: 2, voicemail: 1, 'no-answer': 0 } },
      { id: PRESSLEY, name: 'Ayanna Pressley', body: 'congress', total: 1, outcomes: { talked: 0, voicemail: 0, 'no-answer': 1 } },
      { id: MIRANDA, name: 'Liz Miranda', body: 'ma-legislature', total: 1, outcomes: { talked: 1, voicemail: 0, 'no-answer': 0 } },
    ]);
    expect(stats.byScript.map((s) => [s.id, s.total, s.title?.en])).toEqual([
      [CONGRESS, 4, expect.any(String)],
      [MA, 1, expect.any(String)],
    ]);
    expect(stats.byHour).toEqual([
      { hour: '2026-11-25T15:00:00.000Z', total: 3, outcomes: { talked: 1, voicemail: 1, 'no-answer': 1 } },
      { hour: '2026-11-25T16:00:00.000Z', total: 0, outcomes: { talked: 0, voicemail: 0, 'no-answer': 0 } },
      { hour: '2026-11-25T17:00:00.000Z', total: 2, outcomes: { talked: 2, voicemail: 0, 'no-answer': 0 } },
    ]);
  });

  it('keep the recorded name of a legislator who is no longer in the data (after an election)', async () => {
    const { core, db } = setUp();
    const token = await organizerToken(core);
    db.prepare(
      `INSERT INTO call_tallies (id, event_id, script_id, legislator_id, legislator_name, outcome, hour)
       VALUES ('6d0c5d33-3cf3-4a0f-a4f5-1c1c8b6f0a11', 'e', ?, 'Z000001', 'Retired Member', 'talked', '2026-11-25T15:00:00.000Z')`,
    ).run(CONGRESS);
    const stats = await ok<CallStats>(core, 'calls.stats', {}, token);
    expect(stats.byLegislator).toEqual([{ id: 'Z000001', name: 'Retired Member', body: 'congress', total: 1, outcomes: { talked: 1, voicemail: 0, 'no-answer': 0 } }]);
  });

  it('refuse a time finer than the hour in the table itself', () => {
    const { db } = setUp();
    const insert = (hour: string) =>
      db.prepare(`INSERT INTO call_tallies VALUES (lower(hex(randomblob(16))), 'e', 's', 'W000817', 'n', 'talked', ?, NULL)`).run(hour);
    expect(() => insert('2026-11-25T15:42:07.123Z')).toThrow(/CHECK constraint/);
    expect(() => insert('2026-11-25T15:00:00.000Z')).not.toThrow();
  });
});

describe('calls.export', () => {
  it('writes one row per call with our CSV writer: BOM, CRLF, formulas neutralised, sorted by hour', async () => {
    const { core, db, clock } = setUp();
    clock.advance(60 * 60_000);
    const token = await organizerToken(core);
    await ok(core, 'calls.log', { scriptId: CONGRESS, legislatorId: WARREN, outcome: 'talked' });
    db.prepare(
      `INSERT INTO call_tallies (id, event_id, script_id, legislator_id, legislator_name, outcome, hour)
       VALUES ('6d0c5d33-3cf3-4a0f-a4f5-1c1c8b6f0a11', 'e', ?, 'Z000001', '=HYPERLINK("http://evil.example")', 'voicemail', '2026-11-25T15:00:00.000Z')`,
    ).run(CONGRESS);
    const file = await ok<CallExport>(core, 'calls.export', {}, token);
    expect(file.filename).toBe('take-action-calls-2026-11-25.csv');
    expect(file.rows).toBe(2);
    expect(file.csv.startsWith(BOM)).toBe(true);
    expect(file.csv.endsWith('\r\n')).toBe(true);
    const [header, first, second] = parseCsv(file.csv.slice(1));
    expect(header).toEqual(['id', 'hour_utc', 'script_id', 'script_title', 'legislator_id', 'legislator_name', 'outcome']);
    expect(first).toEqual(['6d0c5d33-3cf3-4a0f-a4f5-1c1c8b6f0a11', '2026-11-25T15:00:00.000Z', CONGRESS, expect.any(String), 'Z000001', `'=HYPERLINK("http://evil.example")`, 'voicemail']);
    expect(second).toMatchObject([expect.any(String), '2026-11-25T16:00:00.000Z', CONGRESS, expect.any(String), WARREN, 'Elizabeth Warren', 'talked']);
  });
});
