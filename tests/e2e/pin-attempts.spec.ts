/**
 * Finding F3 over HTTP, against the real host process: 50 PIN attempts sent at once, the right PIN
 * last. Core evaluates them one at a time and decides the lock before each hash, so 5 are
 * evaluated (the failures it stored say so) and the right PIN is refused while locked.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { isStarted, runHost } from './host-process';
import { PIN } from './organizer';

test('50 PIN attempts at once over HTTP evaluate 5, and the right PIN sent last is refused while locked', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-pin-'));
  try {
    const host = await runHost(dir, {}, []);
    if (!isStarted(host)) throw new Error(`host did not start: ${host.stderr}`);
    expect((await host.api('organizer.setup', { pin: PIN })).status).toBe(200);

    const pins = [...Array.from({ length: 49 }, (_, i) => String(300000 + i * 613)), PIN];
    const answers = await Promise.all(pins.map((pin) => host.api('organizer.login', { pin })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(46);
    expect(answers.at(-1)).toMatchObject({ status: 429, body: { ok: false, error: { code: 'locked_out' } } });
    expect((await host.api('organizer.login', { pin: PIN })).status).toBe(429);
    await host.stop();

    const db = new Database(path.join(dir, 'kiosk.sqlite'), { readonly: true });
    const failures = db.prepare("SELECT value FROM app_state WHERE key = 'pin_failures'").get();
    db.close();
    expect(failures).toEqual({ value: '5' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
