/**
 * Organizer-side figures at 10k and 100k sign-ups, each a median beside a baseline measured in the
 * same run that does the same work by plainer means:
 * - bulk insert: the app's own path (core.call('signup.create'), arguments parsed, checked,
 *   consent texts taken from the pack) for every sign-up, in one outer transaction so that only
 *   the per-commit fsync is left out, beside hand-written INSERTs of the same rows; and those
 *   INSERTs beside a bare table (what our schema and indexes cost);
 * - search: signups.list beside the same SQL run raw (the COUNT over the whole table, the page of
 *   50 in order, and the page's details), statements prepared once;
 * - the Action Network export: signups.export beside loading and shaping the same rows and writing
 *   them with csv-stringify; and our CSV writer alone beside csv-stringify alone.
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
import type { SignupRecord } from '../src/common/contract';
import { foldForSearch, searchKey } from '../src/core/signups/search-key';
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

/** The i-th bench person: every 12th first name is Ana, every tenth person leaves no email. */
function person(i: number) {
  return {
    first: `${FIRST_NAMES[i % FIRST_NAMES.length]}${i % 7 === 0 ? '' : ` ${i}`}`,
    last: `Family${i}`,
    // The Action Network export skips people without an email.
    email: i % 10 === 0 ? null : `person${i}@example.org`,
    phone: `+1617555${String(i % 10000).padStart(4, '0')}`,
    language: i % 3 === 0 ? 'es' : 'en',
    sms: i % 2 === 1,
  };
}

/** N sign-ups through the app: core.call('signup.create') each, all in one outer transaction. */
async function signUpThroughCore(dir: string, count: number): Promise<void> {
  let db: Database.Database | undefined;
  const core = createCore({ dataDir: dir, onDatabaseOpen: (live) => (db = live) });
  if (!db) throw new Error('no database connection');
  // Each sign-up's own transaction becomes a savepoint inside this one: one fsync for all.
  db.exec('BEGIN');
  for (let i = 0; i < count; i++) {
    const p = person(i);
    await expectOk(core, 'signup.create', {
      language: p.language,
      firstName: p.first,
      lastName: p.last,
      ...(p.email ? { email: p.email } : {}),
      phone: p.phone,
      zip: '02130',
      organizationIds: ['mira-coalition'],
      consent: { email: p.email !== null, sms: p.sms },
    });
  }
  db.exec('COMMIT');
  core.close();
}

/** The same rows (sign-up, organization, three consents) by hand-written INSERTs, in one transaction. */
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
      const p = person(i);
      signup.run(id, eventId, at, p.language, p.first, p.last, p.email, p.phone, '02130', searchKey(p.first, p.last, p.email, '02130'));
      org.run(id, 'mira-coalition', 'MIRA Coalition');
      consent.run(randomUUID(), id, 'email', null, p.email ? 1 : 0, CONSENT_TEXT, at);
      consent.run(randomUUID(), id, 'sms', null, p.sms ? 1 : 0, CONSENT_TEXT, at);
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

/**
 * What signups.list must do at least, on the records it holds in memory (signups/people-index.ts):
 * fold each record's words once, then scan every one of them for the query, count the matches and
 * take the newest page.
 */
function scanSearch(records: SignupRecord[], word: string, limit: number): () => { total: number } {
  const folded = ` ${foldForSearch(word)}`;
  const keyed = records.reverse().map((r) => ({ r, words: ` ${searchKey(r.firstName, r.lastName, r.email, r.zip)}` }));
  return () => {
    const hits = keyed.filter((k) => k.words.includes(folded));
    return { total: hits.length, items: hits.slice(0, limit).map((k) => k.r) };
  };
}

const label = (n: number) => `${n / 1000}k`;

export async function organizerRows(root: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [count, runs] of [
    [10_000, 5],
    [100_000, 3],
  ] as const) {
    // Bulk insert: fresh kiosks each run; the last one filled by core is kept for the other measures.
    let dir = '';
    const coreTimes: number[] = [];
    const insertTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
      dir = path.join(root, `organizer-${count}-${run}`);
      freshKiosk(dir);
      coreTimes.push(...(await timeEach(1, () => signUpThroughCore(dir, count))));
      const rawDir = path.join(root, `organizer-${count}-${run}-raw`);
      const eventId = freshKiosk(rawDir);
      insertTimes.push(...(await timeEach(1, () => insertSignups(rawDir, eventId, count))));
      bareTimes.push(...(await timeEach(1, () => insertBare(rawDir, count))));
      fs.rmSync(rawDir, { recursive: true, force: true });
    }
    rows.push({
      name: `bulk insert ${label(count)} sign-ups via core.call('signup.create'), one transaction`,
      medianMs: median(coreTimes),
      baseline: 'same rows, hand-written INSERTs, one transaction',
      baselineMs: median(insertTimes),
    });
    rows.push({
      name: `hand-written INSERTs, ${label(count)} sign-ups (+ org, 3 consents each): our schema and indexes`,
      medianMs: median(insertTimes),
      baseline: 'same row count, bare table',
      baselineMs: median(bareTimes),
    });

    // The kiosk holds its database exclusively: the raw baselines borrow core's own connection.
    let db: Database.Database | undefined;
    const core = createCore({ dataDir: dir, onDatabaseOpen: (live) => (db = live) });
    if (!db) throw new Error('no database connection');
    const { token } = await expectOk<{ token: string }>(core, 'organizer.setup', { pin: '246810' });
    const search = () => expectOk<{ total: number }>(core, 'signups.list', { query: 'Ana', limit: 50 }, token);
    const raw = scanSearch(loadPlainRecords(db), 'Ana', 50);
    const { total } = await search();
    if (raw().total !== total) throw new Error('the scan does not find what signups.list finds');
    await timeEach(3, search);
    await timeEach(3, raw);
    rows.push({
      name: `search "Ana" by name prefix, ${label(count)} (signups.list: 50 of ${total.toLocaleString('en')})`,
      medianMs: median(await timeEach(20, search)),
      baseline: 'a bare JS scan of the same records, words folded ahead',
      baselineMs: median(await timeEach(20, raw)),
    });

    const exportAn = () => expectOk<{ rows: number }>(core, 'signups.export', { format: 'action-network' }, token);
    const exported = await exportAn();
    const exportTimes = await timeEach(runs, exportAn);
    const liveDb = db;
    const stringifyLoaded = () => {
      const { header, rows: cells } = selectForTool('action-network', loadPlainRecords(liveDb).map(toContact));
      return stringify([header, ...cells], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
    };
    const { header, rows: cells } = selectForTool('action-network', loadPlainRecords(db).map(toContact));
    const stringifyOnly = () => stringify([header, ...cells], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
    const rate = Math.round(exported.rows / (median(exportTimes) / 1000));
    rows.push({
      name: `Action Network export ${label(count)} (signups.export: ${rate.toLocaleString('en')} rows/s)`,
      medianMs: median(exportTimes),
      baseline: 'load + shape the same rows, csv-stringify',
      baselineMs: median(await timeEach(runs, stringifyLoaded)),
    });
    rows.push({
      name: `our CSV writer only, same ${exported.rows.toLocaleString('en')} rows`,
      medianMs: median(await timeEach(runs, () => csvDocument(header, cells))),
      baseline: 'csv-stringify only, same rows',
      baselineMs: median(await timeEach(runs, stringifyOnly)),
    });
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
