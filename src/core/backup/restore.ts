/**
 * `backup.restore`: brings a validated backup in. Sign-ups (and every other record kept by id) are
 * merged, never replaced: a restore cannot drop an acknowledged sign-up (issue F5 of the 2026-11
 * review). Content, legislator data and the event's settings come from the backup; the PIN, the
 * vault's attempt counts and the sealing choice stay this kiosk's own.
 *
 * The backup is checked and brought up to date in memory (never written to disk, where an older
 * backup's unsealed people would land): with a data key here, its unsealed sign-ups are sealed
 * there before any row reaches the live file. The merge is one transaction on the live
 * connection: other calls see the old data or the new, and any failure leaves the old data.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import type { RestoreResult } from '../../common/organizer';
import { newId } from '../clock';
import type { ContentStore } from '../content/store';
import { shippedMigrations } from '../db/migrate';
import { sentence } from '../messages';
import { countSignups } from '../signups/query';
import { sealPlainRows, type Seal } from '../vault/seal-existing';
import { fileStamp, openDatabaseInMemory, syncFile, type StoreFiles } from './files';
import { checkCandidate, decodeBackup, refuse, tableColumns } from './validate';

const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Replaced by the backup's rows: what the backup's kiosk showed and used. */
const REPLACED = new Set(['content_packs', 'legislator_datasets']);
/** Handled one by one below; every other table is a set of records merged by key. */
const SPECIAL = new Set(['app_state', 'events', 'vault_keys', 'migrations']);
/** app_state rows that stay this kiosk's own (its PIN, its attempt counters, its sealing choice). */
const OWN_STATE = /^(pin_|vault_|sealing_off$)/;

function openCandidate(bytes: Buffer, files: StoreFiles): Database.Database {
  try {
    return openDatabaseInMemory(bytes, files);
  } catch {
    refuse(sentence('backupUnopenable'));
  }
}

/** A compact, consistent, fsynced copy of the live data (VACUUM INTO is synchronous). */
function keepPreviousCopy(db: Database.Database, files: StoreFiles, now: Date): string {
  const target = `${files.databaseFile}.before-restore-${fileStamp(now)}`;
  const free = fs.existsSync(target) ? `${target}-${newId().slice(0, 8)}` : target;
  db.prepare('VACUUM INTO ?').run(free);
  fs.chmodSync(free, 0o600);
  syncFile(free);
  return free;
}

function copyRows(from: Database.Database, to: Database.Database, table: string, columns: string[], verb: string): number {
  const list = columns.map(quoteName).join(', ');
  const insert = to.prepare(`${verb} INTO main.${quoteName(table)} (${list}) VALUES (${columns.map(() => '?').join(', ')})`);
  let changed = 0;
  for (const row of from.prepare(`SELECT ${list} FROM ${quoteName(table)}`).raw().iterate() as IterableIterator<unknown[]>) {
    changed += insert.run(...row).changes;
  }
  return changed;
}

interface Merged {
  added: number;
  conflicts: number;
}

/** Sealed rows whose id is here already with other bytes: flagged, never overwritten. */
function countConflicts(live: Database.Database, candidate: Database.Database): number {
  const mine = live.prepare('SELECT box FROM sealed_signups WHERE id = ?').pluck();
  let conflicts = 0;
  for (const [id, box] of candidate.prepare('SELECT id, box FROM sealed_signups').raw().iterate() as IterableIterator<[string, Buffer]>) {
    const here = mine.get(id) as Buffer | undefined;
    if (here && !here.equals(box)) conflicts += 1;
  }
  return conflicts;
}

function merge(live: Database.Database, candidate: Database.Database): Merged {
  const tables = tableColumns(live);
  return live.transaction(() => {
    const before = countSignups(live);
    const conflicts = countConflicts(live, candidate);
    // Rows go in table by table; foreign keys are checked once, at commit.
    live.pragma('defer_foreign_keys = ON');
    for (const table of REPLACED) {
      const columns = tables.get(table);
      if (!columns) continue;
      live.prepare(`DELETE FROM main.${quoteName(table)}`).run();
      copyRows(candidate, live, table, columns, 'INSERT');
    }
    // The backup's event settings win for its events; events only this kiosk has stay (its
    // sign-ups point at them).
    copyRows(candidate, live, 'events', tables.get('events') ?? [], 'INSERT OR REPLACE');
    const state = candidate.prepare('SELECT key, value FROM app_state').all() as { key: string; value: string }[];
    const setState = live.prepare('INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    for (const { key, value } of state) if (!OWN_STATE.test(key)) setState.run(key, value);
    // The backup's data keys come along (their rows need them); the key sealing here stays.
    const hadKey = live.prepare('SELECT 1 FROM vault_keys WHERE active = 1').get() !== undefined;
    const keyColumns = (tables.get('vault_keys') ?? []).filter((c) => c !== 'active');
    copyRows(candidate, live, 'vault_keys', keyColumns, 'INSERT OR IGNORE');
    if (!hadKey) {
      const theirs = candidate.prepare('SELECT key_id FROM vault_keys WHERE active = 1').pluck().get() as string | undefined;
      if (theirs) live.prepare('UPDATE vault_keys SET active = 1 WHERE key_id = ?').run(theirs);
    }
    for (const [table, columns] of tables) {
      if (REPLACED.has(table) || SPECIAL.has(table)) continue;
      copyRows(candidate, live, table, columns, 'INSERT OR IGNORE');
    }
    // People deleted on purpose, here or on the backup's kiosk, stay deleted.
    live.prepare('DELETE FROM signups WHERE id IN (SELECT id FROM deleted_signups)').run();
    live.prepare('DELETE FROM sealed_signups WHERE id IN (SELECT id FROM deleted_signups)').run();
    return { added: countSignups(live) - before, conflicts };
  })();
}

export interface RestoreContext {
  files: StoreFiles;
  content: ContentStore;
  now: Date;
  /** Seals a record to this kiosk's data key; null when there is none. */
  seal: Seal;
  /** Whether this kiosk has a data key (then nothing unsealed may come in). */
  hasKey: boolean;
}

export function restoreBackup(db: Database.Database, base64: string, context: RestoreContext): RestoreResult {
  const { files, content, now } = context;
  const candidate = openCandidate(decodeBackup(base64), files);
  let merged: Merged;
  let previous: string;
  try {
    checkCandidate(candidate, db, shippedMigrations(), now.toISOString(), files.nativeBinding);
    if (context.hasKey) sealPlainRows(candidate, context.seal);
    previous = keepPreviousCopy(db, files, now);
    merged = merge(db, candidate);
  } finally {
    candidate.close();
  }
  content.reload();
  // Old page images of replaced rows leave the WAL. Not checked: the data is already restored,
  // and the next checkpoint finishes it.
  db.pragma('wal_checkpoint(TRUNCATE)');
  return {
    signups: countSignups(db),
    added: merged.added,
    conflicts: merged.conflicts,
    contentAsOf: content.active().asOf,
    previousCopy: previous.split(/[\\/]/).pop() ?? previous,
  };
}
