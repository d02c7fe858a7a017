/**
 * Deleting sign-ups for good: one at a time, or all of them ("purge") once the organizer has
 * confirmed the count the console showed. Consents and chosen organizations go with the person
 * (ON DELETE CASCADE); then the files are wiped (db/wipe.ts).
 */
import type Database from 'better-sqlite3';
import type { Deleted } from '../../common/organizer';
import { AppError } from '../errors';
import { checkpointAndTruncateWal, compactDatabase } from '../db/wipe';
import { countSignups, signupGone } from './query';

export function deleteSignup(db: Database.Database, id: string): Deleted {
  const { changes } = db.prepare('DELETE FROM signups WHERE id = ?').run(id);
  if (changes === 0) throw signupGone();
  checkpointAndTruncateWal(db);
  return { deleted: 1, total: countSignups(db) };
}

export function purgeSignups(db: Database.Database, confirmCount: number): Deleted {
  const deleted = db.transaction(() => {
    const total = countSignups(db);
    // The count is checked inside the transaction: a sign-up made at the kiosk after the console
    // showed its confirmation changes the total, and must not be deleted unseen.
    if (total !== confirmCount) {
      throw new AppError(
        'conflict',
        `There are now ${total} sign-ups, not ${confirmCount}, so nothing was deleted. Check the list, export again if needed, then confirm the new count.`,
      );
    }
    db.prepare('DELETE FROM consents').run();
    db.prepare('DELETE FROM signup_organizations').run();
    db.prepare('DELETE FROM signups').run();
    return total;
  })();
  compactDatabase(db);
  return { deleted, total: countSignups(db) };
}
