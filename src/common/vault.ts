/**
 * The data steward's vault: the data key that sealed sign-ups are written to (src/core/vault).
 * The PIN opens the console; only the unlocked data key reads people.
 */
import { z } from 'zod';

const count = z.number().int().min(0);

export const VAULT_STATES = ['none', 'locked', 'unlocked'] as const;

export const VaultStatus = z.object({
  /** none: no data key (sign-ups are stored unsealed); locked: sealing, people unreadable. */
  state: z.enum(VAULT_STATES),
  keyId: z.string().optional(),
  /** The steward chose to run without a data key (state none), having read what that risks. */
  sealingOff: z.boolean(),
  /** False on a kiosk that joined an event: it seals to the steward's key but can never open. */
  canUnlock: z.boolean(),
  /** After an unlock, while the sealed sign-ups are being opened. */
  opening: z.object({ done: count, total: count }).optional(),
  /** Sign-ups stored sealed, and those not (written before the key existed, or with sealing off). */
  sealed: count,
  plain: count,
  /** Sealed to a key this unlock did not open (an older or another event's key). */
  unopened: count.optional(),
  /** Wrong passphrases lock unlocking until then (UTC ISO-8601). */
  lockedUntil: z.string().nullable(),
  /** Keys that sealed rows here, for the steward's "lost secrets" choices. */
  keys: z.array(z.object({ keyId: z.string(), active: z.boolean(), createdAt: z.string(), rows: count })),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

const secret = z.string().min(1).max(500);

export const VaultCreateArgs = z.strictObject({
  passphrase: secret,
  /** Both secrets of the current key are lost: make a new key; rows sealed to the old stay closed. */
  replaceLostKey: z.literal(true).optional(),
});
export const VaultCreateResult = z.object({ keyId: z.string(), recoveryCode: z.string() });
export type VaultCreateResult = z.infer<typeof VaultCreateResult>;

export const VaultUnlockArgs = z.union([z.strictObject({ passphrase: secret }), z.strictObject({ recoveryCode: secret })]);
export type VaultUnlockArgs = z.infer<typeof VaultUnlockArgs>;

export const VaultStateResult = z.object({ state: z.enum(VAULT_STATES) });

export const GeneratedPassphrase = z.object({ passphrase: z.string(), words: count });

export const SealingOffArgs = z.strictObject({ confirm: z.literal(true) });

export const DestroySealedArgs = z.strictObject({
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  /** What the console showed: nothing is destroyed if the count changed since. */
  confirmCount: count,
});
export const DestroySealedResult = z.object({ deleted: count });
