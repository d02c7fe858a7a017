/**
 * A backup is a file people pass around, and SQLite runs what a file's schema says: a trigger
 * fires on a write, a view or a CHECK calls functions, a virtual table calls its module. So before
 * anything else reads a backup's data, its schema must be exactly the one our shipped migrations
 * make at the versions it records: no extra trigger, view, virtual table, table or index, and
 * nothing of ours changed. The expected schema is built by running the migrations on an empty
 * in-memory database, so a new migration needs no list kept here.
 */
import Database from 'better-sqlite3';
import { migrate, type Migration } from '../db/migrate';
import { sentence, type Sentence } from '../messages';
import { registerSearchKey } from '../signups/search-key';

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/**
 * SQLite keeps each CREATE statement's text as written, except that ALTER TABLE edits it in place;
 * spacing is all that may differ between equal schemas (e.g. a column added, then dropped).
 */
export function normalizeSql(sql: string | null): string | null {
  return sql === null ? null : sql.replace(/\s+/g, ' ').replace(/\s*([(),])\s*/g, '$1').trim();
}

function schemaObjects(db: Database.Database): SchemaObject[] {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM main.sqlite_master ORDER BY type, name').all() as SchemaObject[];
  return rows.map((row) => ({ ...row, sql: normalizeSql(row.sql) }));
}

/** What our migrations make at exactly these versions, on an empty database in memory. */
function referenceSchema(shipped: Migration[], versions: Set<number>, nativeBinding: string | undefined): SchemaObject[] {
  const reference = new Database(':memory:', { nativeBinding });
  try {
    registerSearchKey(reference);
    migrate(reference, shipped.filter((m) => versions.has(m.version)), 'reference');
    return schemaObjects(reference);
  } finally {
    reference.close();
  }
}

/**
 * Whether the candidate's `migrations` is our plain table (not a view, a virtual table or one with
 * computed columns), so that reading the versions it records runs nothing of the file's.
 */
export function migrationsTableIsOurs(candidate: Database.Database, nativeBinding?: string): boolean {
  const ours = referenceSchema([], new Set(), nativeBinding).find((o) => o.name === 'migrations');
  const theirs = schemaObjects(candidate).find((o) => o.name === 'migrations');
  return ours !== undefined && theirs !== undefined && theirs.type === ours.type && theirs.sql === ours.sql;
}

/**
 * Why a candidate's schema is not one of ours, or null if it is. Reads only `sqlite_master` (and
 * the versions, already read from the plain `migrations` table), so nothing in the file has run.
 */
export function schemaRefusal(candidate: Database.Database, shipped: Migration[], versions: number[], nativeBinding?: string): Sentence | null {
  const expected = referenceSchema(shipped, new Set(versions), nativeBinding);
  const actual = schemaObjects(candidate);
  const key = (o: SchemaObject) => `${o.type} ${o.name}`;
  const ours = new Map(expected.map((o) => [key(o), o]));
  const extra = actual.filter((o) => !ours.has(key(o)));
  if (extra.length > 0) {
    return sentence('backupExtraObjects', { objects: extra.slice(0, 3).map((o) => `"${o.name}"`).join(', ') });
  }
  const theirs = new Map(actual.map((o) => [key(o), o]));
  // Tables first: a missing table also misses its indexes, and the table is what to name.
  const tablesFirst = [...expected].sort((a, b) => Number(a.type !== 'table') - Number(b.type !== 'table'));
  for (const object of tablesFirst) {
    const found = theirs.get(key(object));
    if (found && found.tbl_name === object.tbl_name && found.sql === object.sql) continue;
    return object.type === 'table' ? sentence('backupTableDiffers', { table: object.name }) : sentence('backupObjectDiffers', { name: object.name });
  }
  return null;
}
