/**
 * Sealing what was written before the data key existed: the unsealed sign-ups in the live file are
 * sealed in place, then the file is rewritten so no free page, WAL frame or journal keeps them; the
 * database copies core kept are sealed the same way, and a copy SQLite cannot open is sealed whole
 * (`<copy>.sealed`) and its clear bytes overwritten. Runs whenever a key exists and unsealed rows
 * remain: after the key is made, at start-up (a crash in between), after a restore.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { SignupRecord } from '../../common/contract';
import { forEachKeptCopy, keptCopies } from '../backup/kept-copies';
import { syncFile, type StoreFiles } from '../backup/files';
import { compactDatabase } from '../db/wipe';
import { migrate, shippedMigrations } from '../db/migrate';
import { loadPlainRecords } from '../export/load';
import { sealOnce } from './sealed-box';
import type { SealedRow } from './vault';

export type Seal = (record: SignupRecord) => SealedRow | null;

const hasPlainRows = (db: Database.Database) => db.prepare('SELECT 1 FROM signups LIMIT 1').get() !== undefined;
const hasTable = (db: Database.Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** Seals every unsealed sign-up of this database in one transaction; returns how many. */
export function sealPlainRows(db: Database.Database, seal: Seal): number {
  if (!hasPlainRows(db)) return 0;
  const clientIds = new Map(
    (db.prepare('SELECT id, client_id FROM signups').all() as { id: string; client_id: string | null }[]).map((r) => [r.id, r.client_id]),
  );
  const insert = db.prepare(
    'INSERT OR IGNORE INTO sealed_signups (id, client_id, created_hour, key_id, format, box) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const remove = db.prepare('DELETE FROM signups WHERE id = ?');
  return db.transaction(() => {
    let sealed = 0;
    for (const record of loadPlainRecords(db)) {
      const row = seal(record);
      if (!row) throw new Error('No data key to seal to');
      insert.run(row.id, clientIds.get(record.id) ?? null, row.createdHour, row.keyId, row.format, row.box);
      // Consents and chosen organizations go with it (ON DELETE CASCADE).
      remove.run(record.id);
      sealed += 1;
    }
    return sealed;
  })();
}

/** Overwrites a file's bytes before removing it, so the clear text is not left in its blocks. */
function shred(file: string): void {
  if (!fs.existsSync(file)) return;
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(size), 0, size, 0);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.rmSync(file, { force: true });
}

/** A copy SQLite cannot open: its bytes (and its WAL's) sealed as one box, the clear files shredded. */
function sealWholeFile(file: string, publicKey: Buffer): void {
  const parts = ['', '-wal'].map((suffix) => (fs.existsSync(file + suffix) ? fs.readFileSync(file + suffix) : Buffer.alloc(0)));
  const header = Buffer.alloc(8);
  header.writeUInt32BE(parts[0]?.length ?? 0, 0);
  header.writeUInt32BE(parts[1]?.length ?? 0, 4);
  const box = sealOnce(publicKey, Buffer.concat([header, ...parts]), Buffer.from(`take-action-kiosk kept copy|${path.basename(file)}`));
  const target = `${file}.sealed`;
  fs.writeFileSync(target, box, { mode: 0o600 });
  syncFile(target);
  for (const suffix of ['', '-wal', '-shm', '-journal']) shred(file + suffix);
}

export interface SealExistingResult {
  sealed: number;
  copiesSealed: number;
}

export function sealExisting(db: Database.Database, files: StoreFiles, seal: Seal, publicKey: Buffer, at: string): SealExistingResult {
  const sealed = sealPlainRows(db, seal);
  if (sealed > 0) compactDatabase(db);
  let copiesSealed = 0;
  const unreadable = new Set(keptCopies(files.databaseFile));
  forEachKeptCopy(files, (copy, file) => {
    if (!hasTable(copy, 'signups') || !hasPlainRows(copy)) {
      unreadable.delete(file);
      return false;
    }
    migrate(copy, shippedMigrations(), at);
    const changed = sealPlainRows(copy, seal) > 0;
    // Only now: if anything above threw, the copy is sealed whole below.
    unreadable.delete(file);
    copiesSealed += 1;
    return changed;
  });
  for (const file of unreadable) {
    sealWholeFile(file, publicKey);
    copiesSealed += 1;
  }
  return { sealed, copiesSealed };
}

/** Whether anything unsealed is left: unsealed rows, or a kept copy not yet looked at. */
export function needsSealing(db: Database.Database, files: StoreFiles): boolean {
  return hasPlainRows(db) || keptCopies(files.databaseFile).length > 0;
}
