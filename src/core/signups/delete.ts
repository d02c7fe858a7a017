/**
 * Deleting sign-ups for good: one at a time, or all of them ("purge") once the organizer has
 * confirmed the count the console showed. Sealed or not, the rows go (consents and chosen
 * organizations with the person, ON DELETE CASCADE), the files are wiped (db/wipe.ts), and the
 * same people are erased inside the database copies core kept (backup/kept-copies.ts). A person
 * deleted one by one is remembered by id, so a restore or a merge never brings them back.
 */
import type Database from 'better-sqlite3';
import type { Deleted } from '../../common/organizer';
import { AppError } from '../errors';
import { sentence } from '../messages';
import { checkpointAndTruncateWal, compactDatabase } from '../db/wipe';
import { eraseInKeptCopies } from '../backup/kept-copies';
import type { StoreFiles } from '../backup/files';
import { countSignups, signupGone } from './query';

function remember(db: Database.Database, ids: readonly string[], at: string): void {
  const tombstone = db.prepare('INSERT OR IGNORE INTO deleted_signups (id, deleted_at) VALUES (?, ?)');
  for (const id of ids) tombstone.run(id, at);
}

export function deleteSignup(db: Database.Database, id: string, files: StoreFiles, at: string): Deleted {
  const deleted = db.transaction(() => {
    const changes = db.prepare('DELETE FROM signups WHERE id = ?').run(id).changes + db.prepare('DELETE FROM sealed_signups WHERE id = ?').run(id).changes;
    if (changes > 0) remember(db, [id], at);
    return changes;
  })();
  if (deleted === 0) throw signupGone();
  checkpointAndTruncateWal(db);
  const copies = eraseInKeptCopies(files, [id]);
  return { deleted: 1, total: countSignups(db), ...copies };
}

export function purgeSignups(db: Database.Database, confirmCount: number, files: StoreFiles): Deleted {
  const ids = db.transaction(() => {
    const total = countSignups(db);
    // The count is checked inside the transaction: a sign-up made at the kiosk after the console
    // showed its confirmation changes the total, and must not be deleted unseen.
    if (total !== confirmCount) {
      const changed = total === 1 ? sentence('purgeCountChangedOne', { expected: confirmCount }) : sentence('purgeCountChanged', { total, expected: confirmCount });
      throw new AppError('conflict', changed);
    }
    // Not remembered as deleted: a purge clears the kiosk after an export, and restoring a backup
    // afterwards is a deliberate way to bring those people back. A single delete is an erasure.
    const all = db.prepare('SELECT id FROM signups UNION ALL SELECT id FROM sealed_signups').pluck().all() as string[];
    db.prepare('DELETE FROM consents').run();
    db.prepare('DELETE FROM signup_organizations').run();
    db.prepare('DELETE FROM signups').run();
    db.prepare('DELETE FROM sealed_signups').run();
    return all;
  })();
  compactDatabase(db);
  const copies = eraseInKeptCopies(files, ids);
  return { deleted: ids.length, total: countSignups(db), ...copies };
}
