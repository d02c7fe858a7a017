/**
 * Deciding whether a file is a backup this app can restore, before anything live is touched: it
 * must be SQLite, record our migrations (none newer than this app), have exactly the schema they
 * make (schema.ts), pass a full integrity check, end up with exactly our tables, and hold a valid
 * content pack and event. Each refusal says why.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../errors';
import { sentence, type Sentence } from '../messages';
import { migrate, type Migration } from '../db/migrate';
import { readActivePack } from '../content/store';
import { migrationsTableIsOurs, schemaRefusal } from './schema';
import { readCurrentEvent } from '../event/settings';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const DAMAGED_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

export function refuse(reason: Sentence): never {
  throw new AppError('invalid_argument', sentence('backupRefused', { reason }));
}

const DAMAGED = sentence('backupDamaged');

/** Strict base64 (Buffer.from would silently skip stray characters) of something SQLite-shaped. */
export function decodeBackup(base64: string): Buffer {
  const compact = base64.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    refuse(sentence('backupNotBase64'));
  }
  const bytes = Buffer.from(compact, 'base64');
  // 100 bytes is SQLite's file header: anything shorter cannot be a database.
  if (bytes.length < 100 || !bytes.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) {
    refuse(sentence('backupNotSqlite'));
  }
  return bytes;
}

function checkIntegrity(candidate: Database.Database): void {
  const rows = candidate.pragma('integrity_check') as { integrity_check: string }[];
  if (rows.map((r) => r.integrity_check).join('; ') !== 'ok') refuse(DAMAGED);
}

/** The versions the candidate records, each one this app ships under the same name. */
function checkMigrations(candidate: Database.Database, shipped: Migration[]): number[] {
  const notOurs = sentence('backupNotOurs');
  const hasTable = candidate.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").get();
  if (!hasTable) refuse(notOurs);
  let recorded: { version: unknown; name: unknown }[];
  try {
    recorded = candidate.prepare('SELECT version, name FROM migrations ORDER BY version').all() as typeof recorded;
  } catch {
    refuse(notOurs);
  }
  if (recorded.length === 0) refuse(notOurs);
  const known = new Map(shipped.map((m) => [m.version, m.name]));
  const latest = shipped.at(-1)?.version ?? 0;
  for (const { version, name } of recorded) {
    if (typeof version !== 'number' || typeof name !== 'string') refuse(notOurs);
    const mine = known.get(version);
    if (mine === undefined) {
      refuse(sentence('backupNewer', { version, latest }));
    }
    if (mine !== name) refuse(sentence('backupOtherBuild', { version, name }));
  }
  return recorded.map((r) => r.version as number);
}

type Schema = Map<string, string[]>;

/** Our tables and their columns, in declaration order (what restore.ts copies). */
export function tableColumns(db: Database.Database, schema = 'main'): Schema {
  const tables = db
    .prepare(`SELECT name FROM "${schema}".sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)
    .all() as { name: string }[];
  const columns = db.prepare('SELECT name FROM pragma_table_info(?, ?) ORDER BY cid');
  return new Map(tables.map(({ name }) => [name, (columns.all(name, schema) as { name: string }[]).map((c) => c.name)]));
}

function checkTables(candidate: Database.Database, live: Database.Database): void {
  const theirs = tableColumns(candidate);
  for (const [table, columns] of tableColumns(live)) {
    const found = theirs.get(table);
    if (!found || found.join(',') !== columns.join(',')) {
      refuse(sentence('backupTableDiffers', { table }));
    }
    theirs.delete(table);
  }
  const extra = [...theirs.keys()];
  if (extra.length > 0) refuse(sentence('backupExtraTables', { tables: extra.slice(0, 3).join(', ') }));
  if ((candidate.pragma('foreign_key_check') as unknown[]).length > 0) refuse(DAMAGED);
}

/** The restored kiosk must be able to start: one valid active pack and a valid current event. */
function checkContents(candidate: Database.Database): void {
  try {
    if (!readActivePack(candidate)) refuse(sentence('backupNoContent'));
    if (!readCurrentEvent(candidate)) refuse(sentence('backupNoEvent'));
  } catch (error) {
    if (error instanceof AppError) throw error;
    refuse(sentence('backupInvalidContents'));
  }
}

/**
 * Checks a candidate opened on our own temporary copy of the file, and brings an older backup's
 * schema up to date there (never in the uploaded bytes' only copy, never in the live database).
 */
export function checkCandidate(
  candidate: Database.Database,
  live: Database.Database,
  shipped: Migration[],
  appliedAt: string,
  nativeBinding?: string,
): void {
  try {
    // Before anything runs on the file (an integrity check, a migration): its schema must be ours.
    if (!migrationsTableIsOurs(candidate, nativeBinding)) refuse(sentence('backupNotOurs'));
    const versions = checkMigrations(candidate, shipped);
    const differs = schemaRefusal(candidate, shipped, versions, nativeBinding);
    if (differs) refuse(differs);
    checkIntegrity(candidate);
    migrate(candidate, shipped, appliedAt);
    checkTables(candidate, live);
    checkContents(candidate);
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Any SQLite error here is about the uploaded file, not about the kiosk.
    if ((error as { name?: unknown }).name !== 'SqliteError') throw error;
    const code = (error as { code?: unknown }).code;
    refuse(typeof code === 'string' && DAMAGED_CODES.has(code) ? DAMAGED : sentence('backupUnreadable'));
  }
}
