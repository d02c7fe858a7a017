/** Test helpers: real SQLite files in a fresh temp folder, a clock the test controls. */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../src/core/core';
import type { Clock } from '../../src/core/clock';

const made: string[] = [];
const open: Core[] = [];

afterEach(() => {
  for (const core of open.splice(0)) core.close();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-test-'));
  made.push(dir);
  return dir;
}

export class TestClock implements Clock {
  constructor(private at = new Date('2026-11-25T15:00:00.000Z')) {}
  now() {
    return new Date(this.at);
  }
  advance(ms: number) {
    this.at = new Date(this.at.getTime() + ms);
  }
}

export function startCore(dataDir = tempDir(), clock: Clock = new TestClock(), options: Partial<CoreOptions> = {}): Core {
  const core = createCore({ dataDir, clock, ...options });
  open.push(core);
  return core;
}

/** Closes a core early (before the test ends), e.g. to reopen its folder. */
export function stopCore(core: Core): void {
  const i = open.indexOf(core);
  if (i >= 0) open.splice(i, 1);
  core.close();
}

export async function ok<T = unknown>(core: Core, method: string, args: unknown, token?: string): Promise<T> {
  const answer = await core.call(method, args, { token });
  if (!answer.ok) throw new Error(`${method} failed: ${answer.error.code} ${answer.error.message}`);
  return answer.result as T;
}

export const validSignup = {
  language: 'en',
  firstName: 'Ana',
  lastName: 'Pérez',
  email: 'ana@example.org',
  phone: '617-555-0123',
  zip: '02130',
  organizationIds: ['mira-coalition'],
  consent: { email: true, sms: false },
} as const;

export async function organizerToken(core: Core, pin = '246810'): Promise<string> {
  const status = await ok<{ pinSet: boolean }>(core, 'organizer.status', {});
  const method = status.pinSet ? 'organizer.login' : 'organizer.setup';
  return (await ok<{ token: string }>(core, method, { pin })).token;
}

/**
 * A hash of every row of every table: equal before and after means nothing was written.
 * `skip` leaves out rows that may change by design (e.g. the PIN's failure counter). A text of
 * over 10,000 bytes (an imported legislator data set is 2 MB) counts by its size, which SQLite
 * knows without reading the text: hashing it whole made every fuzzed call 60 times slower, and a
 * refused call does not rewrite such a text to the very same size by accident.
 */
export function fingerprintTables(db: Database.Database, skip: (table: string, row: Record<string, unknown>) => boolean = () => false): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  for (const { name } of tables) {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => `"${c.name}"`);
    const summarised = columns.map(
      (c) => `CASE WHEN typeof(${c}) = 'text' AND octet_length(${c}) > 10000 THEN 'long text of ' || octet_length(${c}) || ' bytes' ELSE ${c} END AS ${c}`,
    );
    const rows = (db.prepare(`SELECT ${summarised.join(', ')} FROM "${name}" ORDER BY 1`).all() as Record<string, unknown>[]).filter((row) => !skip(name, row));
    hash.update(name).update(JSON.stringify(rows));
  }
  return hash.digest('hex');
}
