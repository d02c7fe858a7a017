/**
 * `backup.restore`: replaces all live data with a validated backup, keeping the replaced data as
 * a dated file beside the database.
 *
 * How the swap is done, and why: the live connection stays open. Core hands the same connection
 * to every part (content store, PIN guard, handlers), and closing it under them mid-request would
 * need every part rebuilt and every in-flight call fenced. Instead the validated copy is ATTACHed
 * and every table's rows are replaced inside one transaction: other calls see the old data or the
 * new, never a mix, and any failure rolls back to exactly the old data. Everything from the copy
 * of the old data to the commit is synchronous, so no sign-up can arrive in between and be lost.
 *
 * The PIN is not restored: whoever restores is signed in with the current PIN, and a backup's old
 * PIN (or an unknown one) must not lock them out of their own kiosk.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { RestoreResult } from '../../common/organizer';
import { PIN_STATE_KEYS } from '../auth/pin';
import { newId } from '../clock';
import type { ContentStore } from '../content/store';
import { shippedMigrations } from '../db/migrate';
import { countSignups } from '../signups/query';
import { fileStamp, openSideDatabase, removeDatabaseFiles, syncFile, type StoreFiles } from './files';
import { sentence } from '../messages';
import { checkCandidate, decodeBackup, refuse, tableColumns } from './validate';

const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;

function openCandidate(file: string, files: StoreFiles): Database.Database {
  try {
    return openSideDatabase(file, files);
  } catch {
    refuse(sentence('backupUnopenable'));
  }
}

/** A compact, consistent, fsynced copy of the live data (VACUUM INTO is synchronous). */
function keepPreviousCopy(db: Database.Database, files: StoreFiles, now: Date): string {
  const target = `${files.databaseFile}.before-restore-${fileStamp(now)}`;
  const free = fs.existsSync(target) ? `${target}-${newId().slice(0, 8)}` : target;
  db.prepare('VACUUM INTO ?').run(free);
  syncFile(free);
  return free;
}

function replaceContents(db: Database.Database, candidateFile: string): void {
  const placeholders = PIN_STATE_KEYS.map(() => '?').join(', ');
  const pinState = db.prepare(`SELECT key, value FROM app_state WHERE key IN (${placeholders})`).all(...PIN_STATE_KEYS) as {
    key: string;
    value: string;
  }[];
  db.prepare('ATTACH DATABASE ? AS restored').run(candidateFile);
  try {
    db.transaction(() => {
      // Rows go in table by table; foreign keys are checked once, at commit.
      db.pragma('defer_foreign_keys = ON');
      const tables = tableColumns(db, 'main');
      for (const table of tables.keys()) db.prepare(`DELETE FROM main.${quoteName(table)}`).run();
      for (const [table, columns] of tables) {
        const list = columns.map(quoteName).join(', ');
        db.prepare(`INSERT INTO main.${quoteName(table)} (${list}) SELECT ${list} FROM restored.${quoteName(table)}`).run();
      }
      db.prepare(`DELETE FROM app_state WHERE key IN (${placeholders})`).run(...PIN_STATE_KEYS);
      const keep = db.prepare('INSERT INTO app_state (key, value) VALUES (?, ?)');
      for (const { key, value } of pinState) keep.run(key, value);
    })();
  } finally {
    db.prepare('DETACH DATABASE restored').run();
  }
}

export function restoreBackup(
  db: Database.Database,
  base64: string,
  context: { files: StoreFiles; content: ContentStore; now: Date },
): RestoreResult {
  const { files, content, now } = context;
  const bytes = decodeBackup(base64);
  const candidateFile = path.join(path.dirname(files.databaseFile), `restore-${newId()}.sqlite.tmp`);
  fs.writeFileSync(candidateFile, bytes, { mode: 0o600 });
  try {
    const candidate = openCandidate(candidateFile, files);
    try {
      checkCandidate(candidate, db, shippedMigrations(), now.toISOString(), files.nativeBinding);
    } finally {
      candidate.close();
    }
    const previous = keepPreviousCopy(db, files, now);
    replaceContents(db, candidateFile);
    content.reload();
    // The replaced rows were zeroed (secure_delete); this moves their old page images out of the
    // WAL too. Not checked: the data is already restored, and the next checkpoint finishes it.
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { signups: countSignups(db), contentAsOf: content.active().asOf, previousCopy: path.basename(previous) };
  } finally {
    removeDatabaseFiles(candidateFile);
  }
}
