import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openStore } from '../../src/core/db/open';
import { migrate, shippedMigrations } from '../../src/core/db/migrate';
import { AppError } from '../../src/core/errors';
import { ok, organizerToken, startCore, stopCore, tempDir, validSignup } from './helpers';

describe('the SQLite store', () => {
  it('keeps a sign-up after the database is closed and reopened', async () => {
    const dir = tempDir();
    const first = startCore(dir);
    const { id } = await ok<{ id: string }>(first, 'signup.create', validSignup);
    stopCore(first);

    const again = startCore(dir);
    const token = await organizerToken(again);
    const list = await ok<{ total: number; items: { id: string; firstName: string; email: string }[] }>(
      again,
      'signups.list',
      {},
      token,
    );
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ id, firstName: 'Ana', email: 'ana@example.org' });
  });

  it('opens in WAL mode with synchronous=FULL so an acknowledged sign-up is on disk', () => {
    const { db } = openStore(tempDir());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    db.close();
  });

  it('applies each migration once and records it', () => {
    const dir = tempDir();
    const first = openStore(dir);
    const shipped = shippedMigrations();
    expect(first.migrationsApplied).toEqual(shipped.map((m) => m.version));
    first.db.close();

    const second = openStore(dir);
    expect(second.migrationsApplied).toEqual([]);
    const rows = second.db.prepare('SELECT version, name FROM migrations ORDER BY version').all();
    expect(rows).toEqual(shipped.map((m) => ({ version: m.version, name: m.name })));
    second.db.close();
  });

  it('rolls a failing migration back completely', () => {
    const db = new Database(path.join(tempDir(), 'x.sqlite'));
    const broken = [{ version: 1, name: '001_broken.sql', sql: 'CREATE TABLE a (x); CREATE TABLE oops (' }];
    expect(() => migrate(db, broken, '2026-11-25T00:00:00Z')).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'a'").get()).toBeUndefined();
    expect(db.prepare('SELECT COUNT(*) AS n FROM migrations').get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database written by a newer app, with a clear message, and leaves it untouched', () => {
    const dir = tempDir();
    const { db } = openStore(dir);
    db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(999, '999_future.sql', 'x');
    db.close();
    const file = path.join(dir, DATABASE_FILE);
    const before = fs.readFileSync(file);

    let error: unknown;
    try {
      openStore(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('unavailable');
    expect((error as AppError).message).toMatch(/newer version of Take Action Kiosk.*schema 999.*Nothing was changed/s);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.includes('damaged'))).toEqual([]);
  });

  it('moves a corrupt database aside, keeps its bytes, and starts a fresh one', async () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    const garbage = Buffer.from('this is not a sqlite database, but somebody may want it back '.repeat(100));
    fs.writeFileSync(file, garbage);

    const core = startCore(dir);
    expect(core.startup.movedAside).toMatch(/kiosk\.sqlite\.damaged-/);
    expect(fs.readFileSync(core.startup.movedAside!).equals(garbage)).toBe(true);
    await ok(core, 'signup.create', validSignup);
    expect(await ok(core, 'signups.count', {}, await organizerToken(core))).toEqual({ total: 1 });
  });

  it('moves aside a database whose pages are damaged', () => {
    const dir = tempDir();
    const { db } = openStore(dir);
    db.exec(`CREATE TABLE filler (x TEXT);
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
      INSERT INTO filler SELECT hex(randomblob(500)) FROM n`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const file = path.join(dir, DATABASE_FILE);
    const bytes = fs.readFileSync(file);
    // Overwrite the middle of the file (b-tree pages) with noise, leaving the header intact.
    bytes.fill(0x5a, 4096 * 3, bytes.length - 4096);
    fs.writeFileSync(file, bytes);

    const reopened = openStore(dir);
    expect(reopened.movedAside).not.toBeNull();
    expect(fs.readFileSync(reopened.movedAside!).equals(bytes)).toBe(true);
    reopened.db.close();
  });
});

describe('app paths', () => {
  it('finds data/ and resources/ from the sources as the bundles do', async () => {
    const { appPaths } = await import('../../src/core/paths');
    const paths = appPaths();
    expect(fs.existsSync(path.join(paths.dataFiles, 'content', 'default-pack.json'))).toBe(true);
    expect(fs.existsSync(path.join(paths.resources, 'fonts', 'DejaVuSans.ttf'))).toBe(true);
  });
});
