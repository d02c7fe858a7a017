/**
 * Start-up faults, through openStore and createCore: another kiosk holding the database, a
 * missing, read-only or impossible data folder. Each gives a sentence naming the problem and
 * leaves every byte already saved as it was. (The host CLI's own output for the same faults is
 * tested with the real process in tests/e2e/startup.spec.ts; a damaged database in store.test.ts.)
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { DATABASE_FILE, openStore } from '../../src/core/db/open';
import { AppError } from '../../src/core/errors';
import { makeImmutable, mountTmpfs, remountReadOnly, unmount } from './mounts';
import { ok, organizerToken, startCore, stopCore, tempDir, validSignup } from './helpers';

function openError(dataDir: string): AppError {
  try {
    openStore(dataDir).db.close();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('openStore did not refuse');
}

/** Every file in a folder with its bytes, to show nothing was written. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(dir, name)).toString('base64')]),
  );
}

async function countSignups(dataDir: string): Promise<number> {
  const core = startCore(dataDir);
  const { total } = await ok<{ total: number }>(core, 'signups.count', {}, await organizerToken(core));
  stopCore(core);
  return total;
}

/**
 * A data folder that refuses writes even to root: a read-only tmpfs where mounting is allowed,
 * else chattr +i; for other users plain permission bits. `prepare` fills it first.
 */
function readOnlyFolder(ctx: TestContext, prepare: (dir: string) => Promise<void> | void) {
  return async (): Promise<{ dir: string; undo: () => void }> => {
    const dir = path.join(tempDir(), 'data');
    if (process.getuid?.() !== 0) {
      fs.mkdirSync(dir);
      await prepare(dir);
      fs.chmodSync(dir, 0o555);
      for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o444);
      return { dir, undo: () => fs.chmodSync(dir, 0o755) };
    }
    const noMount = mountTmpfs(dir, 64 * 1024 * 1024);
    if (!noMount) {
      await prepare(dir);
      const failed = remountReadOnly(dir);
      if (failed) {
        unmount(dir);
        ctx.skip(`cannot remount read-only: ${failed}`);
      }
      return { dir, undo: () => unmount(dir) };
    }
    fs.mkdirSync(dir);
    await prepare(dir);
    const undo = makeImmutable(dir);
    if (typeof undo === 'string') ctx.skip(`as root, no way to make a read-only folder here (mount: ${noMount}; chattr: ${undo})`);
    return { dir, undo };
  };
}

describe('start-up faults', () => {
  it('refuses a second kiosk on the same data folder while the first keeps working', async () => {
    const dir = tempDir();
    const first = startCore(dir);
    await ok(first, 'signup.create', validSignup);

    const error = openError(dir);
    expect(error.code).toBe('unavailable');
    expect(error.message).toBe(
      `The sign-up database in ${dir} is in use by another copy of the kiosk. Close the other copy, then start again.`,
    );
    // Not even a reader gets in while the kiosk runs (the lock is exclusive).
    const reader = new Database(path.join(dir, DATABASE_FILE), { readonly: true, timeout: 50 });
    expect(() => reader.prepare('SELECT COUNT(*) FROM signups').get()).toThrow(/database is locked/);
    reader.close();

    await ok(first, 'signup.create', { ...validSignup, email: 'second@example.org' });
    stopCore(first);
    expect(await countSignups(dir)).toBe(2);
  });

  it('creates a missing data folder, parents included', async () => {
    const dir = path.join(tempDir(), 'not', 'there', 'yet');
    const core = startCore(dir);
    await ok(core, 'signup.create', validSignup);
    expect(fs.existsSync(path.join(dir, DATABASE_FILE))).toBe(true);
  });

  it('refuses a data folder that is a file, and leaves the file alone', () => {
    const file = path.join(tempDir(), 'kiosk-data');
    fs.writeFileSync(file, 'somebody’s notes');
    for (const dataDir of [file, path.join(file, 'below')]) {
      const error = openError(dataDir);
      expect(error.code).toBe('unavailable');
      expect(error.message).toBe(
        `The kiosk's data folder ${dataDir} is not a folder (it, or a folder above it, is a file). ` +
          'Choose another data folder, or move the file away, then start again.',
      );
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('somebody’s notes');
  });

  it('refuses a read-only data folder holding sign-ups, and writes nothing', async (ctx) => {
    const { dir, undo } = await readOnlyFolder(ctx, async (d) => {
      const core = startCore(d);
      await ok(core, 'signup.create', validSignup);
      stopCore(core);
    })();
    try {
      const before = snapshot(dir);
      expect(Object.keys(before)).toContain(DATABASE_FILE);
      const error = openError(dir);
      expect(error.code).toBe('unavailable');
      expect(error.message).toBe(
        `The kiosk cannot write to its data folder ${dir}. Choose a folder it may write to, or fix its permissions, then start again.`,
      );
      expect(snapshot(dir)).toEqual(before);
    } finally {
      undo();
    }
  });

  it('refuses an empty read-only data folder without creating anything', async (ctx) => {
    const { dir, undo } = await readOnlyFolder(ctx, () => undefined)();
    try {
      expect(openError(dir).message).toMatch(/^The kiosk cannot write to its data folder /);
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      undo();
    }
  });
});
