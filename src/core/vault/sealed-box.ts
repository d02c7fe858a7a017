/**
 * Sealed boxes: anyone holding the data key's public half can seal bytes to it; only the private
 * half opens them. Each box has its own ephemeral X25519 key (ECIES, like libsodium's sealed box
 * and ODK's key per record), so nothing a running kiosk keeps opens a row it already wrote.
 *
 *   box = ephemeralPublic (32) ‖ iv (12) ‖ AES-256-GCM ciphertext ‖ tag (16)
 *   key = HKDF-SHA256(X25519(ephemeral, recipient), salt = ephemeralPublic ‖ recipientPublic, info)
 *
 * Only what node:crypto offers in Node and in Electron's BoringSSL: X25519, HKDF, AES-256-GCM
 * (BoringSSL has no ChaCha20-Poly1305 through node:crypto). The caller's associated data (row id,
 * key id, format) is authenticated, so a box moved to another row does not open.
 */
import crypto, { type KeyObject } from 'node:crypto';

export const BOX_INFO = 'take-action-kiosk sealed box v1';
const EPHEMERAL = 32;
const IV = 12;
const TAG = 16;
export const BOX_OVERHEAD = EPHEMERAL + IV + TAG;

export interface KeyPair {
  /** Raw 32-byte X25519 public key. */
  publicKey: Buffer;
  /** Raw 32-byte X25519 private key: lives in memory only while the vault is unlocked. */
  privateKey: Buffer;
}

const b64url = (bytes: Buffer): string => bytes.toString('base64url');

export function publicKeyObject(raw: Buffer): KeyObject {
  return crypto.createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: b64url(raw) }, format: 'jwk' });
}

function privateKeyObject(pair: KeyPair): KeyObject {
  return crypto.createPrivateKey({
    key: { kty: 'OKP', crv: 'X25519', x: b64url(pair.publicKey), d: b64url(pair.privateKey) },
    format: 'jwk',
  });
}

/**
 * A new key pair as JWKs, made and encoded by one call. Never `generateKeyPairSync(type)` and then
 * `.export()` of the new KeyObject: in Node 20 that can deadlock the whole process (seen here after
 * a few thousand keys: a garbage collection during the export finalizes the key's generation job,
 * whose destructor takes the key's mutex, which the export holds; tests/unit/key-deadlock.test.ts).
 */
export function newJwkPair(type: 'x25519' | 'ed25519'): { publicKey: crypto.JsonWebKey; privateKey: crypto.JsonWebKey } {
  return (crypto.generateKeyPairSync as unknown as JwkKeyGen)(type, { publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } });
}

/** Node has taken JWK encodings here since 15.9; @types/node does not list them. */
type JwkKeyGen = (
  type: 'x25519' | 'ed25519',
  options: { publicKeyEncoding: { format: 'jwk' }; privateKeyEncoding: { format: 'jwk' } },
) => { publicKey: crypto.JsonWebKey; privateKey: crypto.JsonWebKey };

export function generateKeyPair(): KeyPair {
  const { publicKey, privateKey } = newJwkPair('x25519');
  return { publicKey: Buffer.from(publicKey.x ?? '', 'base64url'), privateKey: Buffer.from(privateKey.d ?? '', 'base64url') };
}

/** The key id: what rows, kits and bundles name the data key by (not secret). */
export function keyIdOf(publicKey: Buffer): string {
  return crypto.createHash('sha256').update(publicKey).digest('hex').slice(0, 16);
}

/**
 * HKDF-SHA256 (RFC 5869) for one 32-byte key, written with two HMACs: the same bytes as
 * crypto.hkdfSync, at a third of its cost per call, which counts when 100k rows are opened.
 * Self-contained (node:crypto passed in) for the worker threads, like openBoxes.
 */
export function boxKey(nodeCrypto: typeof crypto, shared: Uint8Array, salt: Uint8Array, info: string): Buffer {
  const prk = nodeCrypto.createHmac('sha256', salt).update(shared).digest();
  const okm = nodeCrypto.createHmac('sha256', prk).update(info).update(Buffer.from([1])).digest();
  prk.fill(0);
  return okm;
}

/** The per-box secret, made ahead of time: an ephemeral public key and the AES key it agrees. */
interface Ephemeral {
  publicKey: Buffer;
  key: Buffer;
}

function makeEphemeral(recipient: KeyObject, recipientRaw: Buffer): Ephemeral {
  const pair = newJwkPair('x25519');
  const publicKey = Buffer.from(pair.publicKey.x ?? '', 'base64url');
  const shared = crypto.diffieHellman({ privateKey: crypto.createPrivateKey({ key: pair.privateKey, format: 'jwk' }), publicKey: recipient });
  const key = boxKey(crypto, shared, Buffer.concat([publicKey, recipientRaw]), BOX_INFO);
  shared.fill(0);
  return { publicKey, key };
}

function encrypt(ephemeral: Ephemeral, plaintext: Buffer, aad: Buffer): Buffer {
  const iv = crypto.randomBytes(IV);
  const cipher = crypto.createCipheriv('aes-256-gcm', ephemeral.key, iv);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  ephemeral.key.fill(0);
  return Buffer.concat([ephemeral.publicKey, iv, body, cipher.getAuthTag()]);
}

/**
 * Seals to one public key. The X25519 work (about 0.08 ms here) is done ahead of time, after the
 * previous seal, so a sign-up only waits for AES-GCM: `npm run bench` measures both. The few
 * ephemeral keys waiting in memory open nothing already written: each is used once, then zeroed.
 */
export class Sealer {
  private readonly recipient: KeyObject;
  private readonly spare: Ephemeral[] = [];
  private refilling = false;

  constructor(
    readonly publicKey: Buffer,
    private readonly poolSize = 2,
  ) {
    this.recipient = publicKeyObject(publicKey);
  }

  seal(plaintext: Buffer, aad: Buffer): Buffer {
    const ephemeral = this.spare.pop() ?? makeEphemeral(this.recipient, this.publicKey);
    const box = encrypt(ephemeral, plaintext, aad);
    this.scheduleRefill();
    return box;
  }

  private scheduleRefill(): void {
    if (this.refilling || this.poolSize === 0) return;
    this.refilling = true;
    // After the answer has gone out: the next sign-up finds its key ready.
    setImmediate(() => {
      this.refilling = false;
      while (this.spare.length < this.poolSize) this.spare.push(makeEphemeral(this.recipient, this.publicKey));
    });
  }

  /** Forgets the spare keys (the vault is re-keyed or the app closes). */
  discard(): void {
    for (const e of this.spare.splice(0)) e.key.fill(0);
  }
}

/** One box, sealed now (no spare keys): for rarely sealed things such as a whole kept file. */
export function sealOnce(publicKey: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  return encrypt(makeEphemeral(publicKeyObject(publicKey), publicKey), plaintext, aad);
}

/**
 * Opens boxes with a private key; null for a box that does not open (altered, another key, or
 * other associated data). Written self-contained, with node:crypto passed in, because the same
 * function runs in worker threads (open-pool.ts) from its source text.
 */
export function openBoxes(
  nodeCrypto: typeof crypto,
  pair: { publicKey: Uint8Array; privateKey: Uint8Array },
  boxes: Uint8Array[],
  aads: Uint8Array[],
  info: string,
  deriveKey: typeof boxKey,
): (Uint8Array | null)[] {
  const recipientRaw = Buffer.from(pair.publicKey);
  const privateKey = nodeCrypto.createPrivateKey({
    key: { kty: 'OKP', crv: 'X25519', x: recipientRaw.toString('base64url'), d: Buffer.from(pair.privateKey).toString('base64url') },
    format: 'jwk',
  });
  return boxes.map((raw, i) => {
    const box = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    if (box.length < 60) return null;
    try {
      const ephemeralRaw = box.subarray(0, 32);
      const ephemeral = nodeCrypto.createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: ephemeralRaw.toString('base64url') }, format: 'jwk' });
      const shared = nodeCrypto.diffieHellman({ privateKey, publicKey: ephemeral });
      const key = deriveKey(nodeCrypto, shared, Buffer.concat([ephemeralRaw, recipientRaw]), info);
      const decipher = nodeCrypto.createDecipheriv('aes-256-gcm', key, box.subarray(32, 44));
      decipher.setAAD(aads[i] ?? Buffer.alloc(0));
      decipher.setAuthTag(box.subarray(box.length - 16));
      const plain = Buffer.concat([decipher.update(box.subarray(44, box.length - 16)), decipher.final()]);
      key.fill(0);
      shared.fill(0);
      return plain;
    } catch {
      return null;
    }
  });
}

export function openBox(pair: KeyPair, box: Buffer, aad: Buffer): Buffer | null {
  const [plain] = openBoxes(crypto, pair, [box], [aad], BOX_INFO, boxKey);
  return plain ? Buffer.from(plain) : null;
}

/** Checks that a private key belongs to a public key (after unwrapping it). */
export function pairMatches(pair: KeyPair): boolean {
  try {
    const derived = crypto.createPublicKey(privateKeyObject(pair)).export({ format: 'jwk' }).x;
    return derived === b64url(pair.publicKey);
  } catch {
    return false;
  }
}
