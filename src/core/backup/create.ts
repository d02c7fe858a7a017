/**
 * `backup.create`: a consistent copy of the whole database, made with SQLite's online backup API
 * (better-sqlite3's `db.backup`), which copies page by page while the kiosk keeps taking sign-ups
 * and restarts or follows along if the data changes meanwhile. The copy is switched out of WAL
 * mode so the backup is one self-contained file, and carries no PIN: backups travel (USB sticks,
 * email), and a PIN hash can be guessed offline; a restore keeps the kiosk's own PIN anyway.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupFile } from '../../common/organizer';
import { PIN_STATE_KEYS } from '../auth/pin';
import { newId } from '../clock';
import { fileStamp, openSideDatabase, removeDatabaseFiles, type StoreFiles } from './files';

export async function createBackup(db: Database.Database, files: StoreFiles, now: Date): Promise<BackupFile> {
  // Made beside the live file: the same folder, the same protection, never /tmp.
  const temp = path.join(path.dirname(files.databaseFile), `backup-${newId()}.sqlite.tmp`);
  try {
    await db.backup(temp);
    fs.chmodSync(temp, 0o600);
    const copy = openSideDatabase(temp, files);
    try {
      copy.pragma('journal_mode = DELETE');
      // Zeroed in place, not just unlinked from the page, so the hash's bytes leave the file too.
      copy.pragma('secure_delete = ON');
      copy.prepare(`DELETE FROM app_state WHERE key IN (${PIN_STATE_KEYS.map(() => '?').join(', ')})`).run(...PIN_STATE_KEYS);
    } finally {
      copy.close();
    }
    return { filename: `take-action-backup-${fileStamp(now)}.sqlite`, base64: fs.readFileSync(temp).toString('base64') };
  } finally {
    removeDatabaseFiles(temp);
  }
}
