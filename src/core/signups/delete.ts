/**
 * Deleting sign-ups for good: one at a time, or all of them ("purge") once the organizer has
 * confirmed the count the console showed. Consents and chosen organizations go with the person
 * (ON DELETE CASCADE); then the files are wiped (db/wipe.ts), and a purge also removes the
 * database copies core kept beside the live file.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Deleted } from '../../common/organizer';
import { AppError } from '../errors';
import { sentence } from '../messages';
import { checkpointAndTruncateWal, compactDatabase } from '../db/wipe';
import { countSignups, signupGone } from './query';

export function deleteSignup(db: Database.Database, id: string, databaseFile: string): Deleted {
  const { changes } = db.prepare('DELETE FROM signups WHERE id = ?').run(id);
  if (changes === 0) throw signupGone();
  checkpointAndTruncateWal(db);
  const removedCopies = removeKeptCopies(databaseFile);
  return { deleted: 1, total: countSignups(db), removedCopies };
}

/**
 * The database copies core itself kept (before a restore, or a damaged file moved aside) hold the
 * same people: once someone is deleted, nothing of them may stay on this computer. (Work files a
 * crash left mid-backup are removed at start-up: see backup/files.ts.)
 */
export function removeKeptCopies(databaseFile: string): number {
  const dir = path.dirname(databaseFile);
  const base = path.basename(databaseFile);
  const kept = fs
    .readdirSync(dir)
    .filter(
      (name) =>
        name.startsWith(`${base}.before-restore-`) || name.startsWith(`${base}.damaged-`),
    );
  for (const name of kept) fs.rmSync(path.join(dir, name), { force: true });
  return kept.filter((name) => !/-(wal|shm)$/.test(name)).length;
}

export function purgeSignups(db: Database.Database, confirmCount: number, databaseFile: string): Deleted {
  const deleted = db.transaction(() => {
    const total = countSignups(db);
    // The count is checked inside the transaction: a sign-up made at the kiosk after the console
    // showed its confirmation changes the total, and must not be deleted unseen.
    if (total !== confirmCount) {
      const changed = total === 1 ? sentence('purgeCountChangedOne', { expected: confirmCount }) : sentence('purgeCountChanged', { total, expected: confirmCount });
      throw new AppError('conflict', changed);
    }
    db.prepare('DELETE FROM consents').run();
    db.prepare('DELETE FROM signup_organizations').run();
    db.prepare('DELETE FROM signups').run();
    return total;
  })();
  compactDatabase(db);
  const removedCopies = removeKeptCopies(databaseFile);
  return { deleted, total: countSignups(db), removedCopies };
}
