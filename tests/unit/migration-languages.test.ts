/**
 * Migration 007 rebuilds the unsealed sign-up tables without their English-and-Spanish CHECK, on
 * a real database from the first version (tests/fixtures/round1): every row stays, the indexes
 * and foreign keys come back, and the schema is exactly what a new database gets.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeSql } from '../../src/core/backup/schema';
import { openStore, DATABASE_FILE } from '../../src/core/db/open';
import { tempDir } from './helpers';

const FIXTURE = path.join(__dirname, '../fixtures/round1/kiosk.sqlite.fixture');

function rows(db: Database.Database): Record<'signups' | 'signup_organizations' | 'consents', unknown[]> {
  const all = (table: string) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
  return { signups: all('signups'), signup_organizations: all('signup_organizations'), consents: all('consents') };
}

function schema(db: Database.Database) {
  return (db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name").all() as { sql: string | null }[]).map(
    (o) => ({ ...o, sql: normalizeSql(o.sql) }),
  );
}

function firstVersionCopy(): { dir: string; before: ReturnType<typeof rows> } {
  const dir = tempDir();
  const file = path.join(dir, DATABASE_FILE);
  fs.copyFileSync(FIXTURE, file);
  // Read through a copy: even a read-only connection leaves -wal and -shm files beside a WAL database.
  fs.copyFileSync(FIXTURE, `${file}.before`);
  const old = new Database(`${file}.before`, { readonly: true });
  const before = rows(old);
  old.close();
  return { dir, before };
}

describe('migration 007 (languages)', () => {
  it('keeps every sign-up, organization choice and consent record of a first-version database', () => {
    const { dir, before } = firstVersionCopy();
    expect(before.signups).toHaveLength(3);
    expect(before.consents.length).toBeGreaterThan(0);
    const store = openStore(dir);
    expect(store.migrationsApplied).toContain(7);
    expect(rows(store.db)).toEqual(before);
    store.db.close();
  });

  it('leaves the same schema a new database gets: indexes, foreign keys and cascades included', () => {
    const { dir } = firstVersionCopy();
    const migrated = openStore(dir);
    const fresh = openStore(tempDir());
    expect(schema(migrated.db)).toEqual(schema(fresh.db));
    const indexes = (migrated.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('signups', 'consents') ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(['consents_signup', 'signups_created_at', 'sqlite_autoindex_consents_1', 'sqlite_autoindex_signups_1', 'sqlite_autoindex_signups_2']);
    expect(migrated.db.pragma('foreign_key_list(consents)')).toMatchObject([{ table: 'signups', from: 'signup_id', to: 'id', on_delete: 'CASCADE' }]);
    expect(migrated.db.pragma('foreign_keys', { simple: true })).toBe(1);

    // Deleting a person still takes their choices and consent records with them.
    const id = (migrated.db.prepare('SELECT id FROM signups LIMIT 1').get() as { id: string }).id;
    migrated.db.prepare('DELETE FROM signups WHERE id = ?').run(id);
    for (const table of ['consents', 'signup_organizations']) {
      expect(migrated.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE signup_id = ?`).get(id)).toEqual({ n: 0 });
    }
    migrated.db.close();
    fresh.db.close();
  });

  it('takes a sign-up and its consent records in the new languages', () => {
    const { dir } = firstVersionCopy();
    const { db } = openStore(dir);
    const event = (db.prepare('SELECT id FROM events LIMIT 1').get() as { id: string }).id;
    for (const [i, language] of ['pt-BR', 'ht', 'vi'].entries()) {
      const id = `00000000-0000-4000-8000-00000000000${i}`;
      db.prepare("INSERT INTO signups (id, event_id, created_at, language, first_name, email) VALUES (?, ?, '2026-11-25T15:00:00.000Z', ?, 'Ana', 'ana@example.org')").run(id, event, language);
      db.prepare("INSERT INTO consents (id, signup_id, kind, organization_id, granted, text, language, recorded_at, method) VALUES (?, ?, 'email', NULL, 1, 'Texto', ?, '2026-11-25T15:00:00.000Z', 'kiosk checkbox')").run(`c${id}`, id, language);
    }
    expect(db.prepare("SELECT language FROM consents WHERE text = 'Texto' ORDER BY language").all()).toEqual([{ language: 'ht' }, { language: 'pt-BR' }, { language: 'vi' }]);
    expect(() => db.prepare("UPDATE signups SET language = '' WHERE language = 'vi'").run()).toThrow(/CHECK/);
    db.close();
  });
});
