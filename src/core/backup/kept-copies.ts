/**
 * The database copies core keeps beside the live file: the data as it was before a restore, and a
 * damaged file moved aside at start-up. They may hold people, so deleting a person erases them
 * inside every copy (never by removing a file that holds other people: issue F5 of the 2026-11
 * review), and creating the data key seals the people inside them (vault/seal-existing.ts).
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openSideDatabase, removeDatabaseFiles, type StoreFiles } from './files';

/** The kept copies' database files (not their -wal/-shm companions). */
export function keptCopies(databaseFile: string): string[] {
  const dir = path.dirname(databaseFile);
  const base = path.basename(databaseFile);
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(`${base}.before-restore-`) || name.startsWith(`${base}.damaged-`))
    .filter((name) => !/-(wal|shm|journal)$/.test(name))
    .map((name) => path.join(dir, name));
}

const hasTable = (db: Database.Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** How many people a copy holds, sealed or not. */
export function peopleIn(db: Database.Database): number {
  let n = 0;
  for (const table of ['signups', 'sealed_signups']) {
    if (hasTable(db, table)) n += (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  return n;
}

/**
 * Runs `change` on each kept copy that SQLite can open and, when it changed something (answers
 * true), rewrites the copy with nothing left in free pages or a journal. Copies it cannot open (a
 * damaged file) are counted, not touched.
 */
export function forEachKeptCopy(files: StoreFiles, change: (db: Database.Database, file: string) => boolean): { changed: number; unreadable: number } {
  let changed = 0;
  let unreadable = 0;
  for (const file of keptCopies(files.databaseFile)) {
    let db: Database.Database;
    try {
      db = openSideDatabase(file, files);
      db.pragma('secure_delete = ON');
      db.pragma('foreign_keys = ON');
      db.pragma('journal_mode = DELETE');
    } catch {
      unreadable += 1;
      continue;
    }
    try {
      if (change(db, file)) {
        db.pragma('temp_store = MEMORY');
        db.exec('VACUUM');
        changed += 1;
      }
    } catch {
      unreadable += 1;
    } finally {
      db.close();
    }
  }
  return { changed, unreadable };
}

/**
 * Erases these people inside every kept copy. A copy left with nobody in it is removed: what else
 * it kept (content, settings) is what the live data has or had, and not worth a stray file.
 */
export function eraseInKeptCopies(files: StoreFiles, ids: readonly string[]): { removedCopies: number; unreadableCopies: number } {
  const emptied: string[] = [];
  const { unreadable } = forEachKeptCopy(files, (db, file) => {
    const tables = ['signups', 'sealed_signups'].filter((t) => hasTable(db, t));
    db.transaction(() => {
      for (const table of tables) {
        const erase = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
        for (const id of ids) erase.run(id);
      }
    })();
    if (peopleIn(db) === 0) emptied.push(file);
    return true;
  });
  for (const file of emptied) removeDatabaseFiles(file);
  return { removedCopies: emptied.length, unreadableCopies: unreadable };
}
