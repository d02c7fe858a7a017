/**
 * Organizer-side figures at 10k and 100k sign-ups: bulk insert, search by name prefix, and the
 * Action Network export, each as a median beside a baseline measured in the same run.
 */
import Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createCore, type Core } from '../src/core/core';
import { openStore } from '../src/core/db/open';
import { csvDocument } from '../src/core/export/csv';
import { selectForTool } from '../src/core/export/formats';
import { loadPlainRecords, toContact } from '../src/core/export/load';
import { searchKey } from '../src/core/signups/search-key';
import { median, timeEach, type BenchRow } from './measure';


const FIRST_NAMES = ['Ana', 'Luis', 'María', 'José', 'Zoë', 'Nguyễn', 'Fatima', 'Kwame', 'Olga', 'Wei', 'Amara', 'Diego'];
const CONSENT_TEXT = 'I agree to be contacted by email by the organizers of this event and by the organizations I chose.';



async function expectOk<T>(core: Core, method: string, args: unknown, token?: string): Promise<T> {
  const answer = await core.call(method, args, { token });
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.result as T;
}

/** A migrated kiosk folder with its default event, and the event's id. */
function freshKiosk(dir: string): string {
  createCore({ dataDir: dir }).close();
  const { db } = openStore(dir);
  const row = db.prepare('SELECT id FROM events').get() as { id: string };
  db.close();
  return row.id;
}

/** N sign-ups with their organization and three consent records each, in one transaction. */
function insertSignups(dir: string, eventId: string, count: number): void {
  const { db } = openStore(dir);
  const signup = db.prepare(
    `INSERT INTO signups (id, event_id, created_at, language, first_name, last_name, email, phone, zip, search_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const org = db.prepare('INSERT INTO signup_organizations (signup_id, organization_id, organization_name) VALUES (?, ?, ?)');
  const consent = db.prepare(
    `INSERT INTO consents (id, signup_id, kind, organization_id, granted, text, language, recorded_at, method)
     VALUES (?, ?, ?, ?, ?, ?, 'en', ?, 'kiosk checkbox')`,
  );
  const start = Date.parse('2026-11-25T14:00:00.000Z');
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      const at = new Date(start + i * 1000).toISOString();
      const first = `${FIRST_NAMES[i % FIRST_NAMES.length]}${i % 7 === 0 ? '' : ` ${i}`}`;
      // Every tenth person leaves no email: the Action Network export skips them.
      const email = i % 10 === 0 ? null : `person${i}@example.org`;
      const last = `Family${i}`;
      const phone = `+1617555${String(i % 10000).padStart(4, '0')}`;
      signup.run(id, eventId, at, i % 3 === 0 ? 'es' : 'en', first, last, email, phone, '02130', searchKey(first, last, email, '02130'));
      org.run(id, 'mira-coalition', 'MIRA Coalition');
      consent.run(randomUUID(), id, 'email', null, email ? 1 : 0, CONSENT_TEXT, at);
      consent.run(randomUUID(), id, 'sms', null, i % 2, CONSENT_TEXT, at);
      consent.run(randomUUID(), id, 'share', 'mira-coalition', 1, CONSENT_TEXT, at);
    }
  })();
  db.close();
}

/** The same number of rows (5 per sign-up) into one table without indexes or constraints. */
function insertBare(dir: string, count: number): void {
  const db = new Database(path.join(dir, 'bare.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE rows (a TEXT, b TEXT, c TEXT)');
  const insert = db.prepare('INSERT INTO rows (a, b, c) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < count * 5; i++) insert.run(randomUUID(), `person${i}@example.org`, CONSENT_TEXT);
  })();
  db.close();
}

const label = (n: number) => `${n / 1000}k`;

export async function organizerRows(root: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [count, runs] of [
    [10_000, 5],
    [100_000, 3],
  ] as const) {
    // Bulk insert: a fresh kiosk each run; the last one is kept for the other measures.
    let dir = '';
    const insertTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
      dir = path.join(root, `organizer-${count}-${run}`);
      const eventId = freshKiosk(dir);
      insertTimes.push(...(await timeEach(1, () => insertSignups(dir, eventId, count))));
      bareTimes.push(...(await timeEach(1, () => insertBare(dir, count))));
      fs.rmSync(path.join(dir, 'bare.sqlite'), { force: true });
    }
    rows.push({
      name: `bulk insert ${label(count)} sign-ups (+ org, 3 consents each)`,
      medianMs: median(insertTimes),
      baseline: 'same row count, bare table',
      baselineMs: median(bareTimes),
    });

    // The kiosk holds its database exclusively: the raw baselines borrow core's own connection.
    let db: Database.Database | undefined;
    const core = createCore({ dataDir: dir, onDatabaseOpen: (live) => (db = live) });
    if (!db) throw new Error('no database connection');
    const { token } = await expectOk<{ token: string }>(core, 'organizer.setup', { pin: '246810' });
    const search = () => expectOk(core, 'signups.list', { query: 'Ana', limit: 50 }, token);
    await timeEach(3, search);
    const raw = db.prepare("SELECT * FROM signups WHERE first_name LIKE 'Ana%' LIMIT 50");
    rows.push({
      name: `search "Ana" by name prefix, ${label(count)} (signups.list, 50 of total)`,
      medianMs: median(await timeEach(20, search)),
      baseline: 'raw SELECT LIKE, 50 rows',
      baselineMs: median(await timeEach(20, () => raw.all())),
    });

    const exportAn = () => expectOk<{ rows: number }>(core, 'signups.export', { format: 'action-network' }, token);
    const exported = await exportAn();
    const exportTimes = await timeEach(runs, exportAn);
    const { header, rows: cells } = selectForTool('action-network', loadPlainRecords(db).map(toContact));
    const stringifyRows = () =>
      stringify([header, ...cells], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
    const stringifyTimes = await timeEach(runs, stringifyRows);
    const rate = Math.round(exported.rows / (median(exportTimes) / 1000));
    rows.push({
      name: `Action Network export ${label(count)} (signups.export: ${rate.toLocaleString('en')} rows/s)`,
      medianMs: median(exportTimes),
      baseline: 'csv-stringify, same rows',
      baselineMs: median(stringifyTimes),
    });
    rows.push({
      name: `our CSV writer only, same ${exported.rows.toLocaleString('en')} rows`,
      medianMs: median(await timeEach(runs, () => csvDocument(header, cells))),
      baseline: 'csv-stringify, same rows',
      baselineMs: median(stringifyTimes),
    });
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
