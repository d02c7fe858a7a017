/**
 * Making deleted personal data unrecoverable from the database files. The connection runs with
 * `secure_delete` (open.ts), so SQLite overwrites deleted rows with zeros in the pages it writes;
 * but in WAL mode the old page images stay in the -wal file until a checkpoint, and a VACUUM is
 * what rewrites the file without any free page left over.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../errors';
import { sentence } from '../messages';


/** Copies the WAL into the database file and empties the WAL file (to 0 bytes). */
export function checkpointAndTruncateWal(db: Database.Database): void {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  if (result && result.busy !== 0) throw new AppError('unavailable', sentence('wipeBusy'));
}

/** Rebuilds the file with no free pages, and leaves nothing in the WAL or in temp files. */
export function compactDatabase(db: Database.Database): void {
  // VACUUM builds the new copy in a transient database: kept in memory, it never touches /tmp.
  db.pragma('temp_store = MEMORY');
  checkpointAndTruncateWal(db);
  db.exec('VACUUM');
  checkpointAndTruncateWal(db);
}
