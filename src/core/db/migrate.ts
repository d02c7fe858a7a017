/**
 * Schema migrations: numbered SQL files in ./migrations, applied in order, each inside a
 * transaction and recorded in the `migrations` table. A database that records a migration this
 * app does not ship was written by a newer app, and is refused untouched.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../errors';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const files = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true });

export function shippedMigrations(): Migration[] {
  return Object.entries(files)
    .map(([path, sql]) => {
      const name = path.split('/').pop() ?? path;
      const match = /^(\d+)_[\w-]+\.sql$/.exec(name);
      if (!match) throw new Error(`Migration file name must start with a number: ${name}`);
      return { version: Number(match[1]), name, sql };
    })
    .sort((a, b) => a.version - b.version);
}

/** Applies what is missing; returns the versions applied now. */
export function migrate(db: Database.Database, migrations: Migration[], appliedAt: string): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const recorded = db.prepare('SELECT version, name FROM migrations ORDER BY version').all() as {
    version: number;
    name: string;
  }[];
  const shipped = new Map(migrations.map((m) => [m.version, m]));
  const latest = migrations.at(-1)?.version ?? 0;
  for (const row of recorded) {
    const mine = shipped.get(row.version);
    if (!mine) {
      throw new AppError(
        'unavailable',
        `This data was saved by a newer version of Take Action Kiosk (database schema ${row.version}; ` +
          `this app knows up to ${latest}). Update the app, or start it with another data folder. Nothing was changed.`,
      );
    }
    if (mine.name !== row.name) {
      throw new AppError(
        'unavailable',
        `The database's schema step ${row.version} is "${row.name}", but this app ships "${mine.name}". ` +
          'It was made by a different build of the app. Nothing was changed.',
      );
    }
  }
  const done = new Set(recorded.map((r) => r.version));
  const record = db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    withoutForeignKeys(db, () =>
      db.transaction(() => {
        db.exec(migration.sql);
        // Nothing a migration did may leave a row pointing nowhere.
        const broken = db.pragma('foreign_key_check') as { table: string }[];
        if (broken.length > 0) throw new Error(`${migration.name} left rows with broken references in ${broken[0]?.table}`);
        record.run(migration.version, migration.name, appliedAt);
      })(),
    );
    applied.push(migration.version);
  }
  return applied;
}

/**
 * Steps 1 and 12 of SQLite's table rebuild (https://www.sqlite.org/lang_altertable.html#otheralter):
 * foreign keys off around a migration's transaction (the pragma does nothing inside one), so that
 * dropping a rebuilt table does not cascade-delete the rows that refer to it.
 */
function withoutForeignKeys(db: Database.Database, run: () => void): void {
  const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
  if (enforced) db.pragma('foreign_keys = OFF');
  try {
    run();
  } finally {
    if (enforced) db.pragma('foreign_keys = ON');
  }
}
