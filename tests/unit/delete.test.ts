import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGES } from '../../src/common/languages';
import { describe, expect, it } from 'vitest';
import type { SignupRecord } from '../../src/common/contract';
import { DATABASE_FILE } from '../../src/core/db/open';
import { ok, organizerToken, startCore, stopCore, tempDir, TestClock, validSignup } from './helpers';

/** Which of the database's files hold these bytes (the file itself, its WAL, its shared memory). */
function filesHolding(dir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return ['', '-wal', '-shm']
    .map((suffix) => path.join(dir, DATABASE_FILE + suffix))
    .filter((file) => fs.existsSync(file) && fs.readFileSync(file).includes(needle));
}

async function withSignups(count: number) {
  const dir = tempDir();
  const core = startCore(dir);
  const token = await organizerToken(core);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const signup = { ...validSignup, firstName: `Xochiquetzal${i}`, email: `xochi.${i}.k7q@example.org` };
    ids.push((await ok<{ id: string }>(core, 'signup.create', signup)).id);
  }
  return { dir, core, token, ids, call: <T>(method: string, args: unknown) => ok<T>(core, method, args, token) };
}

describe('deleting sign-ups', () => {
  it('opens one sign-up with its consents, deletes it, and leaves no trace of it in the files', async () => {
    const { dir, core, token, ids, call } = await withSignups(3);
    const [first, second] = ids;
    const record = await call<SignupRecord>('signups.get', { id: second });
    expect(record).toMatchObject({ id: second, firstName: 'Xochiquetzal1', email: 'xochi.1.k7q@example.org' });
    expect(record.consents.map((c) => c.kind).sort()).toEqual(['email', 'share', 'sms']);
    expect(filesHolding(dir, 'xochi.1.k7q@example.org').length).toBeGreaterThan(0);

    expect(await call('signups.delete', { id: second })).toEqual({ deleted: 1, total: 2, removedCopies: 0, unreadableCopies: 0 });
    expect(filesHolding(dir, 'xochi.1.k7q@example.org')).toEqual([]);
    expect(filesHolding(dir, 'Xochiquetzal1')).toEqual([]);
    // The search key's folded copy of the name too.
    expect(filesHolding(dir, 'xochiquetzal1')).toEqual([]);
    expect(filesHolding(dir, 'xochiquetzal0').length).toBeGreaterThan(0);
    expect(filesHolding(dir, 'xochi.0.k7q@example.org').length).toBeGreaterThan(0);

    expect(await core.call('signups.get', { id: second }, { token })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await core.call('signups.delete', { id: second }, { token })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await call<SignupRecord>('signups.get', { id: first })).consents).toHaveLength(3);
  });

  it('purges everything only when the confirmation states the current count', async () => {
    const { core, token, call } = await withSignups(3);
    const wrong = await core.call('signups.purge', { confirmCount: 2 }, { token });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!wrong.ok && wrong.error.message).toMatch(/now 3 sign-ups, not 2, so nothing was deleted/);
    expect(await call('signups.count', {})).toEqual({ total: 3 });

    // A sign-up arriving after the console showed "Delete all 3" changes what must be confirmed.
    await ok(core, 'signup.create', validSignup);
    expect(await core.call('signups.purge', { confirmCount: 3 }, { token })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call('signups.purge', { confirmCount: 4 })).toEqual({ deleted: 4, total: 0, removedCopies: 0, unreadableCopies: 0 });
    expect(await call('signups.list', {})).toEqual({ total: 0, items: [] });
  });

  it('leaves no personal data in the database file, its WAL or its free pages after a purge', async () => {
    const { dir, call } = await withSignups(40);
    const before = fs.statSync(path.join(dir, DATABASE_FILE)).size + fs.statSync(path.join(dir, `${DATABASE_FILE}-wal`)).size;
    expect(filesHolding(dir, 'xochi.17.k7q@example.org').length).toBeGreaterThan(0);

    expect(await call('signups.purge', { confirmCount: 40 })).toEqual({ deleted: 40, total: 0, removedCopies: 0, unreadableCopies: 0 });
    for (let i = 0; i < 40; i++) {
      expect(filesHolding(dir, `xochi.${i}.k7q@example.org`), `email ${i}`).toEqual([]);
      expect(filesHolding(dir, `Xochiquetzal${i}`), `name ${i}`).toEqual([]);
      expect(filesHolding(dir, `xochiquetzal${i}`), `search key ${i}`).toEqual([]);
    }
    expect(filesHolding(dir, 'k7q@example.org')).toEqual([]);
    expect(fs.statSync(path.join(dir, `${DATABASE_FILE}-wal`)).size).toBe(0);
    expect(fs.statSync(path.join(dir, DATABASE_FILE)).size).toBeLessThan(before);
    // The kiosk keeps working: content, event and new sign-ups.
    expect((await call<{ total: number }>('signups.stats', {})).total).toBe(0);
  });
});

describe('the copies core kept', () => {
  const kept = (dir: string) => fs.readdirSync(dir).filter((f) => f.includes('.before-restore-') || f.includes('.damaged-'));
  const holding = (dir: string, text: string) => fs.readdirSync(dir).filter((f) => fs.readFileSync(path.join(dir, f)).includes(Buffer.from(text)));

  it('a purge erases the same people inside them and removes a copy left with nobody', async () => {
    const { dir, call } = await withSignups(2);
    const backup = await call<{ base64: string }>('backup.create', {});
    await call('backup.restore', { base64: backup.base64, confirm: true });
    expect(kept(dir)).toHaveLength(1);

    expect(await call('signups.purge', { confirmCount: 2 })).toEqual({ deleted: 2, total: 0, removedCopies: 1, unreadableCopies: 0 });
    expect(kept(dir)).toEqual([]);
    expect(holding(dir, 'k7q@example.org')).toEqual([]);
  });

  it('deleting one person erases them inside a kept copy and keeps everyone else there (F5)', async () => {
    const { dir, call, ids } = await withSignups(3);
    const backup = await call<{ base64: string }>('backup.create', {});
    // A restore keeps the data as it was in a dated copy: here, all three people.
    await call('backup.restore', { base64: backup.base64, confirm: true });
    const [copy] = kept(dir);
    expect(copy).toBeDefined();

    expect(await call('signups.delete', { id: ids[1] })).toMatchObject({ deleted: 1, total: 2, removedCopies: 0, unreadableCopies: 0 });
    expect(holding(dir, 'xochi.1.k7q@example.org')).toEqual([]);
    // The others are still in the copy, so it still serves as a way back.
    expect(holding(dir, 'xochi.0.k7q@example.org')).toContain(copy);
    expect(holding(dir, 'xochi.2.k7q@example.org')).toContain(copy);
  });

  it('counts a damaged copy SQLite cannot open instead of deleting it, with the other people in it', async () => {
    const { dir, call } = await withSignups(1);
    fs.writeFileSync(path.join(dir, `${DATABASE_FILE}.damaged-2026-11-25T00-00-00-000Z`), 'not a database at all');
    expect(await call('signups.purge', { confirmCount: 1 })).toEqual({ deleted: 1, total: 0, removedCopies: 0, unreadableCopies: 1 });
    expect(kept(dir)).toHaveLength(1);
  });
});

describe('signups.stats', () => {
  it('counts by UTC hour with empty hours filled, by organization and by language', async () => {
    const clock = new TestClock(new Date('2026-11-25T15:10:00.000Z'));
    const core = startCore(tempDir(), clock);
    const signUp = (extra: Record<string, unknown>) => ok(core, 'signup.create', { ...validSignup, ...extra });
    await signUp({ organizationIds: ['mira-coalition', 'chirla'] });
    clock.advance(20 * 60_000);
    await signUp({ language: 'es', organizationIds: ['chirla'] });
    clock.advance(2 * 3_600_000);
    await signUp({ organizationIds: [] });

    expect(await ok(core, 'signups.stats', {}, await organizerToken(core))).toEqual({
      total: 3,
      byHour: [
        { hour: '2026-11-25T15:00:00.000Z', count: 2 },
        { hour: '2026-11-25T16:00:00.000Z', count: 0 },
        { hour: '2026-11-25T17:00:00.000Z', count: 1 },
      ],
      byOrganization: [
        { id: 'chirla', name: expect.stringContaining('CHIRLA') as unknown, count: 2 },
        { id: 'mira-coalition', name: expect.stringContaining('MIRA') as unknown, count: 1 },
      ],
      byLanguage: [
        { language: 'en', count: 2 },
        { language: 'es', count: 1 },
        { language: 'pt-BR', count: 0 },
        { language: 'ht', count: 0 },
        { language: 'vi', count: 0 },
      ],
    });
  });

  it('answers with zeros when there are no sign-ups', async () => {
    const core = startCore();
    expect(await ok(core, 'signups.stats', {}, await organizerToken(core))).toEqual({
      total: 0,
      byHour: [],
      byOrganization: [],
      byLanguage: LANGUAGES.map((language) => ({ language, count: 0 })),
    });
  });
});

describe('work files a crash left behind', () => {
  it('are removed when the kiosk starts again', async () => {
    const { dir, core } = await withSignups(1);
    const stale = path.join(dir, 'backup-3f1c2a9e-0000-4000-8000-000000000000.sqlite.tmp');
    fs.writeFileSync(stale, 'xochi.0.k7q@example.org');
    stopCore(core);
    startCore(dir);
    expect(fs.existsSync(stale)).toBe(false);
  });
});
