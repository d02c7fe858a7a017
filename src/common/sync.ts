/**
 * Many kiosks, one list (src/core/sync): the event kit a kiosk joins with, the bundle of sealed
 * rows it sends (as a file or pushed over the local network), and the contract's shapes for both.
 */
import { z } from 'zod';
import { ContentPack } from './content';
import { EventSettings } from './event';

const count = z.number().int().min(0);
const b64url = z.string().regex(/^[A-Za-z0-9_-]*$/);
const hex = (length: number) => z.string().regex(new RegExp(`^[0-9a-f]{${length}}$`));

export const KIT_KIND = 'take-action-kiosk/event-kit';
export const BUNDLE_KIND = 'take-action-kiosk/bundle';

/** What a kiosk needs to join an event: its content and settings, the key to seal to, how to sync. */
export const EventKit = z.strictObject({
  kind: z.literal(KIT_KIND),
  version: z.literal(1),
  createdAt: z.string(),
  event: EventSettings,
  pack: z.unknown(),
  key: z.strictObject({ keyId: hex(16), publicKey: b64url }),
  /** Proves a kiosk was given the kit (bundles and pushes carry a MAC made with it). */
  pairingCode: z.string().regex(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/),
  /** Where the steward's computer listened for kiosks when the kit was made (may be empty). */
  hubUrls: z.array(z.url()).max(8),
});
export type EventKit = z.infer<typeof EventKit>;
export { ContentPack };

export const SealedRowOut = z.strictObject({
  id: z.uuid(),
  createdHour: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/),
  keyId: hex(16),
  format: z.number().int().min(1).max(1000),
  box: b64url.max(2_000_000),
  /** sha256 of the row as signed (bundle.ts): a row whose bytes changed no longer matches. */
  digest: hex(64),
});
export type SealedRowOut = z.infer<typeof SealedRowOut>;

export const TallyOut = z.strictObject({
  id: z.uuid(),
  eventId: z.uuid(),
  scriptId: z.string().max(64),
  legislatorId: z.string().max(100),
  legislatorName: z.string().max(200),
  outcome: z.enum(['talked', 'voicemail', 'no-answer']),
  hour: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/),
  digest: hex(64),
});
export type TallyOut = z.infer<typeof TallyOut>;

/** Sealed rows and call tallies from one kiosk, signed by it (a file, or one push). */
export const Bundle = z.strictObject({
  kind: z.literal(BUNDLE_KIND),
  version: z.literal(1),
  eventId: z.uuid(),
  createdAt: z.string(),
  kiosk: z.strictObject({
    id: z.uuid(),
    name: z.string().max(80),
    /** Ed25519, raw 32 bytes in base64url: made when the kiosk joined the event. */
    publicKey: b64url,
    /** HMAC of the kiosk's id and key with the event's pairing code: it was given the kit. */
    enrollment: b64url,
  }),
  /** Rows this kiosk still has to send after this batch (for the hub's "rows waiting"). */
  waiting: count,
  /**
   * Checked row by row with `isSealedRow` / `isTally` (bundle.ts) rather than by zod here: at 50k
   * rows zod's per-row checks took longer than everything else the import does (`npm run bench`).
   */
  rows: z.array(z.unknown()).max(200_000),
  tallies: z.array(z.unknown()).max(200_000),
  /** Ed25519 over the header and every row's and tally's digest, in order. */
  signature: b64url,
});
export type Bundle = Omit<z.infer<typeof Bundle>, 'rows' | 'tallies'> & { rows: SealedRowOut[]; tallies: TallyOut[] };

export const KitFile = z.object({ filename: z.string(), base64: z.string() });
export const KitImportArgs = z.strictObject({ base64: z.string().min(1).max(50_000_000) });
export const KitImportResult = z.object({ eventId: z.uuid(), keyId: hex(16) });

export const BundleFile = z.object({ filename: z.string(), base64: z.string(), rows: count, tallies: count.optional() });
export const BundleImportArgs = z.strictObject({ base64: z.string().min(1).max(400_000_000) });
export const BundleImportResult = z.object({
  /** Sign-ups new to this computer. */
  added: count,
  /** Already here, byte for byte (the same bundle twice adds nothing). */
  duplicates: count,
  /** Already here with other bytes: kept as they were, the newcomer set aside and counted. */
  conflicts: count,
  /** Sealed to a key this computer does not hold: kept, and counted. */
  unknownKey: count,
  /** Rows whose bytes do not match what the kiosk signed: refused. */
  altered: count,
  tallies: z.object({ added: count, duplicates: count }),
  kioskId: z.uuid(),
});
export type BundleImportResult = z.infer<typeof BundleImportResult>;

export const HubStartArgs = z.strictObject({ port: z.number().int().min(0).max(65535).optional() });
export const KioskSeen = z.object({
  kioskId: z.uuid(),
  name: z.string(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  rowsReceived: count,
  rowsWaiting: count,
});
export const HubStatus = z.object({
  listening: z.boolean(),
  /** Addresses kiosks on the local network can reach, e.g. http://192.168.1.20:5181 */
  urls: z.array(z.string()),
  port: z.number().int().nullable(),
  pairingCode: z.string().nullable(),
  kiosks: z.array(KioskSeen),
});
export type HubStatus = z.infer<typeof HubStatus>;

export const JoinArgs = z.strictObject({ hubUrl: z.url(), pairingCode: z.string().min(1).max(60) });

export const KioskSyncStatus = z.object({
  /** The event this kiosk joined (by kit or over the network), if any. */
  eventId: z.uuid().nullable(),
  kioskId: z.uuid().nullable(),
  hubUrls: z.array(z.string()),
  /** Rows written here that the steward's computer has not confirmed yet. */
  waiting: count,
  lastPushAt: z.string().nullable(),
  /** Why the last push failed (a sentence), or null. */
  lastError: z.string().nullable(),
});
export type KioskSyncStatus = z.infer<typeof KioskSyncStatus>;
