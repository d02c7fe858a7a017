/**
 * Opens the kiosk's SQLite store: creates the data folder, checks the file's integrity, moves a
 * damaged file aside (never overwrites it), sets durable pragmas and applies migrations.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError, isStorageFull } from '../errors';
import { registerSearchKey } from '../signups/search-key';
import { migrate, shippedMigrations, type Migration } from './migrate';

export const DATABASE_FILE = 'kiosk.sqlite';
const SIDE_FILES = ['-wal', '-shm'];

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string | undefined;
  migrations?: Migration[];
  now?: () => Date;
}

export interface OpenedStore {
  db: Database.Database;
  file: string;
  /** Where a damaged database was moved, if one was found at start-up. */
  movedAside: string | null;
  migrationsApplied: number[];
}

const DAMAGED = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

function sqliteCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function connect(file: string, options: OpenOptions): Database.Database {
  const db = new Database(file, { timeout: 5000, nativeBinding: options.nativeBinding });
  try {
    // One kiosk per data folder. Set before WAL is first used, EXCLUSIVE makes this connection
    // hold an OS lock on the file for as long as it is open (and keeps the WAL index in memory,
    // with no -shm file): any other process or connection that opens the file gets SQLITE_BUSY.
    // The kernel drops the lock when the process ends, even by kill -9 or a power cut, so there
    // is never a stale lock to clean up. Nothing else may read the file while the kiosk runs.
    db.pragma('locking_mode = EXCLUSIVE');
    // The pragmas first: they fail with SQLITE_NOTADB on a file that isn't a database.
    db.pragma('journal_mode = WAL');
    // FULL: a sign-up acknowledged with "thank you" is on disk, even if the power goes.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Deleted sign-ups are overwritten with zeros, not left in free space (see db/wipe.ts).
    db.pragma('secure_delete = ON');
    registerSearchKey(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** null if the file is sound; otherwise why not. Throws for problems that are not damage (locks). */
function inspect(file: string, options: OpenOptions): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { timeout: 5000, nativeBinding: options.nativeBinding, fileMustExist: true });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const verdict = rows.map((r) => r.quick_check).join('; ');
    return verdict === 'ok' ? null : verdict;
  } catch (error) {
    if (DAMAGED.has(sqliteCode(error))) return (error as Error).message;
    throw error;
  } finally {
    db?.close();
  }
}

function moveAside(file: string, when: Date): string {
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.damaged-${stamp}`;
  fs.renameSync(file, target);
  for (const suffix of SIDE_FILES) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}

function explainOpenFailure(error: unknown, dataDir: string): AppError {
  if (error instanceof AppError) return error;
  const code = sqliteCode(error);
  const errno = (error as NodeJS.ErrnoException).code ?? '';
  if (errno === 'EEXIST' || errno === 'ENOTDIR') {
    return new AppError(
      'unavailable',
      `The kiosk's data folder ${dataDir} is not a folder (it, or a folder above it, is a file). Choose another data folder, or move the file away, then start again.`,
    );
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError(
      'unavailable',
      `The sign-up database in ${dataDir} is in use by another copy of the kiosk. Close the other copy, then start again.`,
    );
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || errno === 'EACCES' || errno === 'EROFS' || errno === 'EPERM') {
    return new AppError(
      'unavailable',
      `The kiosk cannot write to its data folder ${dataDir}. Choose a folder it may write to, or fix its permissions, then start again.`,
    );
  }
  if (isStorageFull(error)) {
    return new AppError('storage_full', `The disk holding ${dataDir} is full. Free some space, then start again.`);
  }
  return new AppError('unavailable', `The kiosk could not open its database in ${dataDir}: ${(error as Error).message}`);
}

/**
 * Only this account may read the data folder and its files (issue F2 of the 2026-11 review): the
 * folder 0700, the files 0600 (SQLite gives the WAL and journal the database file's mode).
 * Best effort on file systems without Unix modes.
 */
export function keepPrivate(dataDir: string, file: string): void {
  try {
    fs.chmodSync(dataDir, 0o700);
    for (const suffix of ['', ...SIDE_FILES]) if (fs.existsSync(file + suffix)) fs.chmodSync(file + suffix, 0o600);
  } catch {
    // FAT and network shares have no such modes; the data then sits as the disk allows.
  }
}

export function openStore(dataDir: string, options: OpenOptions = {}): OpenedStore {
  const now = options.now ?? (() => new Date());
  const file = path.join(dataDir, DATABASE_FILE);
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    keepPrivate(dataDir, file);
    let movedAside: string | null = null;
    if (fs.existsSync(file) && inspect(file, options) !== null) {
      movedAside = moveAside(file, now());
    }
    let db: Database.Database;
    try {
      db = connect(file, options);
    } catch (error) {
      if (!DAMAGED.has(sqliteCode(error)) || movedAside) throw error;
      // Damage the quick check could not see (e.g. a garbled header): keep the file, start fresh.
      movedAside = moveAside(file, now());
      db = connect(file, options);
    }
    keepPrivate(dataDir, file);
    try {
      const migrationsApplied = migrate(db, options.migrations ?? shippedMigrations(), now().toISOString());
      return { db, file, movedAside, migrationsApplied };
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    throw explainOpenFailure(error, dataDir);
  }
}
