/**
 * The event kit: what the steward's computer hands a kiosk so that it joins the event: the content
 * pack, the event's settings, the data key's public half (never the private one), the pairing code
 * and where the steward's computer listens. A kiosk that imports it shows the same content, runs
 * the same event, and seals every sign-up to the steward's key: it can never read them.
 */
import type Database from 'better-sqlite3';
import { ContentPack } from '../../common/content';
import { EventKit, KIT_KIND } from '../../common/sync';
import { AppError } from '../errors';
import { sentence } from '../messages';
import type { ContentStore } from '../content/store';
import { importContent } from '../content/transfer';
import { readCurrentEvent, saveEvent } from '../event/settings';
import { readActiveKey, saveActiveKey } from '../vault/keys';
import { slugify } from '../pdf/text';
import { hubPairingCode, kioskIdentity, saveHubEvent, saveMembership } from './identity';

export function makeKit(db: Database.Database, content: ContentStore, hubUrls: string[], now: Date): EventKit {
  const key = readActiveKey(db);
  if (!key) throw new AppError('conflict', sentence('kitNeedsKey'));
  if (!key.wrapped) throw new AppError('forbidden', sentence('kitNotHere'));
  const event = readCurrentEvent(db);
  if (!event) throw new Error('No current event');
  // The steward's computer collects too: its own rows carry its kiosk id like any kiosk's.
  kioskIdentity(db);
  saveHubEvent(db, event.id);
  return {
    kind: KIT_KIND,
    version: 1,
    createdAt: now.toISOString(),
    event: { ...event },
    pack: content.active(),
    key: { keyId: key.keyId, publicKey: key.publicKey.toString('base64url') },
    pairingCode: hubPairingCode(db),
    hubUrls,
  };
}

export function kitFile(kit: EventKit, now: Date): { filename: string; base64: string } {
  const name = slugify(kit.event.name) || 'take-action';
  return { filename: `${name}-event-kit-${now.toISOString().slice(0, 10)}.json`, base64: Buffer.from(JSON.stringify(kit, null, 1)).toString('base64') };
}

/** A kit from a file's bytes (strict base64 of UTF-8 JSON), or a refusal that changes nothing. */
export function readKit(base64: string): EventKit {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(base64.replace(/\s+/g, ''), 'base64').toString('utf8')) as unknown;
  } catch {
    throw new AppError('invalid_argument', sentence('kitUnreadable'));
  }
  const kit = EventKit.safeParse(parsed);
  if (!kit.success) throw new AppError('invalid_argument', sentence('kitUnreadable'));
  return kit.data;
}

/**
 * Joins the event: content, settings, the key to seal to, membership. All checked first, then
 * written in one transaction. What was written here before stays; sealWhatRemains (the caller)
 * seals anything unsealed to the new key.
 */
export function joinWithKit(db: Database.Database, content: ContentStore, kit: EventKit, extraHubUrls: string[], at: string): { eventId: string; keyId: string } {
  const own = readActiveKey(db);
  if (own?.wrapped) throw new AppError('conflict', sentence('kitOwnKey'));
  // The pack is checked whole, with the content import's own field-by-field refusal.
  if (!ContentPack.safeParse(kit.pack).success) importContent(content, kit.pack, at);
  db.transaction(() => {
    importContent(content, kit.pack, at);
    saveEvent(db, kit.event, at);
    saveActiveKey(db, { keyId: kit.key.keyId, publicKey: Buffer.from(kit.key.publicKey, 'base64url'), wrapped: null, createdAt: at });
    saveMembership(db, { eventId: kit.event.id, pairingCode: kit.pairingCode, hubUrls: [...new Set([...extraHubUrls, ...kit.hubUrls])] });
    kioskIdentity(db);
  })();
  return { eventId: kit.event.id, keyId: kit.key.keyId };
}
