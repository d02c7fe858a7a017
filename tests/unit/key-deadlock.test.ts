/**
 * Node 20 can deadlock when a key made by generateKeyPairSync is exported from its KeyObject: a
 * garbage collection during the export finalizes the generation job, whose destructor takes the
 * mutex the export holds. Seen here as a process that stopped for good, with no CPU, after a few
 * thousand to fifty thousand keys (gdb: ~KeyGenJob → uv_mutex_lock under ExportJWKEdKey). The
 * kiosk makes one key per sign-up, so it would freeze one day. How often it hangs depends on the
 * heap, so this checks the cause instead: every key the app makes comes out encoded, never as
 * KeyObjects that could be exported later.
 */
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kioskIdentity } from '../../src/core/sync/identity';
import { generateKeyPair, Sealer } from '../../src/core/vault/sealed-box';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('making keys', () => {
  it('asks Node for encoded keys only: the data key, a kiosk identity, and each sign-up’s key', () => {
    const calls = vi.spyOn(crypto, 'generateKeyPairSync');
    const db = new Database(':memory:');
    db.exec('CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    kioskIdentity(db);
    const sealer = new Sealer(generateKeyPair().publicKey, 0);
    for (let i = 0; i < 3; i++) sealer.seal(Buffer.from('{"firstName":"Ana"}'), Buffer.from(String(i)));
    expect(calls).toHaveBeenCalledTimes(5);
    for (const [type, options] of calls.mock.calls) {
      expect(options, `generateKeyPairSync('${type}') returned KeyObjects`).toMatchObject({ publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } });
    }
  });
});
