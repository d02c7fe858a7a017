/**
 * Who a kiosk is in an event, and what proves it. When a kiosk joins (by kit or over the network)
 * it makes an Ed25519 key pair and a random id; it signs each bundle or push with that key. The
 * event's pairing code, carried in the kit, makes the kiosk's enrollment: an HMAC of its id and
 * public key, so the steward's computer accepts rows only from a kiosk that was given the kit, and
 * pins each kiosk's key the first time it sees it. Kept in app_state under `sync_`.
 */
import type Database from 'better-sqlite3';
import crypto from 'node:crypto';
import { formatGroupedCode, newGroupedCode, normalizeGroupedCode } from '../grouped-code';
import { newId } from '../clock';
import { newJwkPair } from '../vault/sealed-box';

const KEYS = {
  kioskId: 'sync_kiosk_id',
  kioskName: 'sync_kiosk_name',
  signingKey: 'sync_signing_key',
  publicKey: 'sync_public_key',
  eventId: 'sync_event_id',
  pairingCode: 'sync_pairing_code',
  hubUrls: 'sync_hub_urls',
} as const;

export interface KioskIdentity {
  kioskId: string;
  name: string;
  /** Raw 32-byte Ed25519 public key, base64url. */
  publicKey: string;
  privateKey: crypto.KeyObject;
}

function read(db: Database.Database, key: string): string | null {
  return (db.prepare('SELECT value FROM app_state WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
}

function write(db: Database.Database, key: string, value: string): void {
  db.prepare('INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** This computer's identity as a kiosk, made the first time it is needed. */
export function kioskIdentity(db: Database.Database): KioskIdentity {
  let kioskId = read(db, KEYS.kioskId);
  let signing = read(db, KEYS.signingKey);
  if (!kioskId || !signing) {
    // As JWKs from the generator, never exported from its KeyObjects (see newJwkPair).
    const pair = newJwkPair('ed25519');
    kioskId = newId();
    signing = crypto.createPrivateKey({ key: pair.privateKey, format: 'jwk' }).export({ format: 'der', type: 'pkcs8' }).toString('base64');
    const publicRaw = pair.publicKey.x ?? '';
    db.transaction(() => {
      write(db, KEYS.kioskId, kioskId!);
      write(db, KEYS.signingKey, signing!);
      write(db, KEYS.publicKey, publicRaw);
      write(db, KEYS.kioskName, `Kiosk ${kioskId!.slice(0, 4).toUpperCase()}`);
    })();
  }
  return {
    kioskId,
    name: read(db, KEYS.kioskName) ?? kioskId.slice(0, 8),
    publicKey: read(db, KEYS.publicKey) ?? '',
    privateKey: crypto.createPrivateKey({ key: Buffer.from(signing, 'base64'), format: 'der', type: 'pkcs8' }),
  };
}

/** The key the pairing code stands for (codes are typed in any case, with or without dashes). */
export function pairingKey(code: string): Buffer | null {
  const compact = normalizeGroupedCode(code);
  return compact ? Buffer.from(crypto.hkdfSync('sha256', compact, 'take-action-kiosk', 'pairing v1', 32)) : null;
}

export function mac(key: Buffer, text: string): string {
  return crypto.createHmac('sha256', key).update(text).digest('base64url');
}

export function enrollment(key: Buffer, eventId: string, kioskId: string, publicKey: string): string {
  return mac(key, `enroll|${eventId}|${kioskId}|${publicKey}`);
}

export function macMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** The steward's side: the event's pairing code, made once (and shown in the console). */
export function hubPairingCode(db: Database.Database): string {
  let code = read(db, KEYS.pairingCode);
  if (!code) {
    code = newGroupedCode();
    write(db, KEYS.pairingCode, code);
  }
  return formatGroupedCode(normalizeGroupedCode(code) ?? code);
}

/** The event this kiosk joined and how it reaches the steward's computer. */
export interface Membership {
  eventId: string;
  pairingCode: string;
  hubUrls: string[];
}

export function membership(db: Database.Database): Membership | null {
  const eventId = read(db, KEYS.eventId);
  const pairingCode = read(db, KEYS.pairingCode);
  if (!eventId || !pairingCode) return null;
  return { eventId, pairingCode, hubUrls: JSON.parse(read(db, KEYS.hubUrls) ?? '[]') as string[] };
}

export function saveMembership(db: Database.Database, joined: Membership): void {
  db.transaction(() => {
    write(db, KEYS.eventId, joined.eventId);
    write(db, KEYS.pairingCode, joined.pairingCode);
    write(db, KEYS.hubUrls, JSON.stringify(joined.hubUrls));
  })();
}

/** Marks this computer as the event's hub (the steward's), so its own rows carry its kiosk id. */
export function saveHubEvent(db: Database.Database, eventId: string): void {
  write(db, KEYS.eventId, eventId);
}
