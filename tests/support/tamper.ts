/** A backup file's bytes, changed by `change` through SQLite, as base64: how the backup tests forge one. */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export function tamper(dir: string, base64: string, change: (db: Database.Database) => void): string {
  const file = path.join(dir, 'tampered.sqlite');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  const db = new Database(file);
  change(db);
  db.close();
  const bytes = fs.readFileSync(file);
  fs.rmSync(file);
  return bytes.toString('base64');
}
