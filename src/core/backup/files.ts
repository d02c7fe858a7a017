/** Side files next to the live database: backups being made, backups being checked, old copies. */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { registerSearchKey } from '../signups/search-key';

export interface StoreFiles {
  /** The live database file (kiosk.sqlite); side files go in the same folder. */
  databaseFile: string;
  /** The better-sqlite3 build the live connection uses (Electron's differs from Node's). */
  nativeBinding?: string | undefined;
}

export function openSideDatabase(file: string, files: StoreFiles): Database.Database {
  return guardSideDatabase(new Database(file, { fileMustExist: true, timeout: 5000, nativeBinding: files.nativeBinding }));
}

/** A backup's bytes as a database in memory: checked and brought up to date without touching disk. */
export function openDatabaseInMemory(bytes: Buffer, files: StoreFiles): Database.Database {
  return guardSideDatabase(new Database(bytes, { nativeBinding: files.nativeBinding }));
}

function guardSideDatabase(db: Database.Database): Database.Database {
  // The file may come from anyone: functions in its schema (views, triggers, CHECKs) may not have
  // side effects, and a damaged cell is an error, not a read past the page.
  db.pragma('trusted_schema = OFF');
  db.pragma('cell_size_check = ON');
  // An older backup is migrated on its side copy, and migrations may call it.
  registerSearchKey(db);
  return db;
}

/** A database file and whatever SQLite may have left beside it. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

/** 2026-11-25T15:00:00.000Z → 2026-11-25T15-00-00Z: sortable, valid on every file system. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-');
}

/** fsync a finished file so a copy we rely on survives a power cut. */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Ours exactly (and SQLite's files beside them): --data-dir may point at a folder holding others. */
const WORK_FILE = /^(backup|restore)-[0-9a-f-]{36}\.sqlite\.tmp(-wal|-shm|-journal)?$/;

/**
 * Work files a backup or restore leaves only when the process dies mid-way (power cut, kill):
 * whole copies of the database. Removed at start-up, once this process holds the database.
 */
export function removeStaleWorkFiles(databaseFile: string): void {
  const dir = path.dirname(databaseFile);
  for (const name of fs.readdirSync(dir)) if (WORK_FILE.test(name)) fs.rmSync(path.join(dir, name), { force: true });
}
