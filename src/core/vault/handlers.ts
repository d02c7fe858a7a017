/**
 * The vault's contract methods (vault.*). The PIN opens the console; these decide who reads people.
 */
import type Database from 'better-sqlite3';
import type { VaultStatus } from '../../common/vault';
import type { StoreFiles } from '../backup/files';
import { eraseInKeptCopies } from '../backup/kept-copies';
import type { Clock } from '../clock';
import { isoNow } from '../clock';
import { compactDatabase } from '../db/wipe';
import { AppError } from '../errors';
import type { Handlers } from '../handlers';
import { logError } from '../log';
import { sentence } from '../messages';
import type { People } from '../signups/people';
import { rowsByKey } from './keys';
import { generatePassphrase, GENERATED_WORDS } from './passphrase';
import { sealExisting } from './seal-existing';
import type { Vault } from './vault';

type VaultMethods = 'vault.status' | 'vault.generatePassphrase' | 'vault.create' | 'vault.unlock' | 'vault.lock' | 'vault.sealingOff' | 'vault.destroySealed';

const SEALING_OFF_KEY = 'sealing_off';

export interface VaultDeps {
  db: Database.Database;
  clock: Clock;
  vault: Vault;
  people: People;
  files: StoreFiles;
}

/** Seals whatever is still unsealed (rows, kept copies) once a data key exists. */
export function sealWhatRemains(deps: VaultDeps): void {
  const key = deps.vault.hasKey() ? deps.vault.keys().find((k) => k.active) : undefined;
  if (!key) return;
  sealExisting(deps.db, deps.files, (record) => deps.vault.seal(record), key.publicKey, isoNow(deps.clock));
}

/** Starts opening the sealed rows in the background, so the list is ready when asked for. */
function startOpening(people: People, token: string | undefined): void {
  people.index(token).catch((error: unknown) => {
    if (!(error instanceof AppError)) logError('opening sealed sign-ups failed', error);
  });
}

export function vaultStatus(deps: VaultDeps, token: string | undefined): VaultStatus {
  const { db, vault, people } = deps;
  const hasKey = vault.hasKey();
  const unlocked = hasKey && vault.isUnlockedFor(token);
  const rows = rowsByKey(db);
  const plain = (db.prepare('SELECT COUNT(*) AS n FROM signups').get() as { n: number }).n;
  const sealingOff = !hasKey && db.prepare('SELECT 1 FROM app_state WHERE key = ?').get(SEALING_OFF_KEY) !== undefined;
  const opening = unlocked ? people.progress() : undefined;
  const unopened = unlocked ? people.unopened() : undefined;
  const keyId = vault.activeKeyId();
  return {
    state: !hasKey ? 'none' : unlocked ? 'unlocked' : 'locked',
    ...(keyId ? { keyId } : {}),
    sealingOff,
    canUnlock: !hasKey || vault.canUnlock(),
    ...(opening ? { opening } : {}),
    sealed: [...rows.values()].reduce((a, b) => a + b, 0),
    plain,
    ...(unopened !== undefined ? { unopened } : {}),
    lockedUntil: vault.lockedUntil(),
    keys: vault.keys().map((k) => ({ keyId: k.keyId, active: k.active, createdAt: k.createdAt, rows: rows.get(k.keyId) ?? 0 })),
  };
}

export function vaultHandlers(deps: VaultDeps): Pick<Handlers, VaultMethods> {
  const { db, clock, vault, people, files } = deps;
  return {
    'vault.status': (_args, context) => vaultStatus(deps, context.token),
    'vault.generatePassphrase': () => ({ passphrase: generatePassphrase(), words: GENERATED_WORDS }),
    'vault.create': async ({ passphrase, replaceLostKey }, context) => {
      const created = await vault.create(passphrase, { replaceLostKey, token: context.token, at: isoNow(clock) });
      db.prepare('DELETE FROM app_state WHERE key = ?').run(SEALING_OFF_KEY);
      sealWhatRemains(deps);
      startOpening(people, context.token);
      return created;
    },
    'vault.unlock': async (args, context) => {
      const result = await vault.unlock(args, context.token);
      startOpening(people, context.token);
      return result;
    },
    'vault.lock': () => vault.lock(),
    'vault.sealingOff': (_args, context) => {
      if (vault.hasKey()) throw new AppError('conflict', sentence('vaultExists'));
      db.prepare('INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
        SEALING_OFF_KEY,
        isoNow(clock),
      );
      return vaultStatus(deps, context.token);
    },
    'vault.destroySealed': ({ keyId, confirmCount }) => {
      if (keyId === vault.activeKeyId()) throw new AppError('forbidden', sentence('destroyActiveKey'));
      const at = isoNow(clock);
      const ids = db.transaction(() => {
        const found = db.prepare('SELECT id FROM sealed_signups WHERE key_id = ?').pluck().all(keyId) as string[];
        if (found.length !== confirmCount) throw new AppError('conflict', sentence('destroyCountChanged', { total: found.length, expected: confirmCount }));
        const tombstone = db.prepare('INSERT OR IGNORE INTO deleted_signups (id, deleted_at) VALUES (?, ?)');
        for (const id of found) tombstone.run(id, at);
        db.prepare('DELETE FROM sealed_signups WHERE key_id = ?').run(keyId);
        return found;
      })();
      compactDatabase(db);
      eraseInKeptCopies(files, ids);
      return { deleted: ids.length };
    },
  };
}
