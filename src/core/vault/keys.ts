/** The vault_keys table: public halves, wrapped private halves, which key seals new rows. */
import type Database from 'better-sqlite3';
import { WrappedKey } from './wrap';

export interface StoredKey {
  keyId: string;
  publicKey: Buffer;
  /** Null on a kiosk that joined an event: it seals to the key but cannot open it. */
  wrapped: WrappedKey | null;
  createdAt: string;
  active: boolean;
}

interface KeyRow {
  key_id: string;
  public_key: string;
  wrapped_json: string | null;
  created_at: string;
  active: number;
}

function toKey(row: KeyRow): StoredKey {
  return {
    keyId: row.key_id,
    publicKey: Buffer.from(row.public_key, 'base64url'),
    wrapped: row.wrapped_json === null ? null : WrappedKey.parse(JSON.parse(row.wrapped_json)),
    createdAt: row.created_at,
    active: row.active === 1,
  };
}

export function readKeys(db: Database.Database): StoredKey[] {
  return (db.prepare('SELECT * FROM vault_keys ORDER BY active DESC, created_at DESC').all() as KeyRow[]).map(toKey);
}

export function readActiveKey(db: Database.Database): StoredKey | null {
  const row = db.prepare('SELECT * FROM vault_keys WHERE active = 1').get() as KeyRow | undefined;
  return row ? toKey(row) : null;
}

/** Adds a key and makes it the one new rows are sealed to (older keys stay, for their rows). */
export function saveActiveKey(db: Database.Database, key: Omit<StoredKey, 'active'>): void {
  db.transaction(() => {
    db.prepare('UPDATE vault_keys SET active = 0 WHERE active = 1').run();
    db.prepare(
      `INSERT INTO vault_keys (key_id, public_key, wrapped_json, created_at, active) VALUES (?, ?, ?, ?, 1)
       ON CONFLICT (key_id) DO UPDATE SET active = 1, wrapped_json = COALESCE(vault_keys.wrapped_json, excluded.wrapped_json)`,
    ).run(key.keyId, key.publicKey.toString('base64url'), key.wrapped ? JSON.stringify(key.wrapped) : null, key.createdAt);
  })();
}

export function updateWrapped(db: Database.Database, keyId: string, wrapped: WrappedKey): void {
  db.prepare('UPDATE vault_keys SET wrapped_json = ? WHERE key_id = ?').run(JSON.stringify(wrapped), keyId);
}

export function rowsByKey(db: Database.Database): Map<string, number> {
  const rows = db.prepare('SELECT key_id, COUNT(*) AS n FROM sealed_signups GROUP BY key_id').all() as { key_id: string; n: number }[];
  return new Map(rows.map((r) => [r.key_id, r.n]));
}
