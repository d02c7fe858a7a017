/**
 * The data key's private half at rest: wrapped (AES-256-GCM) under a key derived from the steward's
 * passphrase, and again under one derived from the recovery code. Either opens it; neither is
 * stored. The KDF is scrypt, memory-hard, in node:crypto here and in Electron (BoringSSL has it;
 * Argon2 is in neither): N = 2^18, r = 8, p = 1 uses 256 MiB and takes about 0.7 s on our 2-core
 * build machines (`npm run bench`), above OWASP's minimum (N = 2^17). The parameters are stored
 * beside each wrap, so they can grow later without breaking older keys.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { newGroupedCode, normalizeGroupedCode } from '../grouped-code';

export const KDF = { N: 2 ** 18, r: 8, p: 1 } as const;
/** The recovery code carries 125 random bits: no guessing to slow down, so a light scrypt will do. */
const RECOVERY_KDF = { N: 2 ** 15, r: 8, p: 1 } as const;
export type KdfParams = { N: number; r: number; p: number };

const b64 = z.string().regex(/^[A-Za-z0-9_-]*$/);
const Wrap = z.strictObject({
  kdf: z.literal('scrypt'),
  N: z.number().int().min(2 ** 10).max(2 ** 22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: b64,
  iv: b64,
  ciphertext: b64,
  tag: b64,
});
type Wrap = z.infer<typeof Wrap>;

export const WrappedKey = z.strictObject({ v: z.literal(1), passphrase: Wrap, recovery: Wrap });
export type WrappedKey = z.infer<typeof WrappedKey>;

export type Secret = { passphrase: string } | { recoveryCode: string };

function scrypt(secret: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  // 128·N·r bytes, plus slack: scrypt refuses to run above maxmem.
  const maxmem = 128 * params.N * params.r * params.p + 32 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    crypto.scrypt(secret, salt, 32, { ...params, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

const aadFor = (keyId: string, kind: string) => Buffer.from(`take-action-kiosk key wrap v1|${kind}|${keyId}`);

async function wrapWith(secret: string, privateKey: Buffer, aad: Buffer, params: KdfParams = KDF): Promise<Wrap> {
  const salt = crypto.randomBytes(16);
  const kek = await scrypt(secret, salt, params);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(privateKey), cipher.final()]);
  kek.fill(0);
  const enc = (bytes: Buffer) => bytes.toString('base64url');
  return { kdf: 'scrypt', N: params.N, r: params.r, p: params.p, salt: enc(salt), iv: enc(iv), ciphertext: enc(ciphertext), tag: enc(cipher.getAuthTag()) };
}

async function unwrapWith(secret: string, wrap: Wrap, aad: Buffer): Promise<Buffer | null> {
  const dec = (text: string) => Buffer.from(text, 'base64url');
  const kek = await scrypt(secret, dec(wrap.salt), wrap);
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', kek, dec(wrap.iv));
    decipher.setAAD(aad);
    decipher.setAuthTag(dec(wrap.tag));
    return Buffer.concat([decipher.update(dec(wrap.ciphertext)), decipher.final()]);
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

/** The same passphrase however it was typed: Unicode normalised, outer spaces and case ignored. */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The recovery code: a grouped code (grouped-code.ts), shown once and printed on the recovery sheet. */
export const newRecoveryCode = newGroupedCode;
export const normalizeRecoveryCode = normalizeGroupedCode;

export async function wrapPrivateKey(privateKey: Buffer, keyId: string, passphrase: string, recoveryCode: string, cost: KdfParams = KDF): Promise<WrappedKey> {
  const code = normalizeRecoveryCode(recoveryCode);
  if (!code) throw new Error('Invalid recovery code');
  const [byPassphrase, byCode] = await Promise.all([
    wrapWith(normalizePassphrase(passphrase), privateKey, aadFor(keyId, 'passphrase'), cost),
    wrapWith(code, privateKey, aadFor(keyId, 'recovery'), RECOVERY_KDF),
  ]);
  return { v: 1, passphrase: byPassphrase, recovery: byCode };
}

/** The private key, or null when the secret is not the one this key was wrapped with. */
export async function unwrapPrivateKey(wrapped: WrappedKey, keyId: string, secret: Secret): Promise<Buffer | null> {
  if ('passphrase' in secret) {
    return unwrapWith(normalizePassphrase(secret.passphrase), wrapped.passphrase, aadFor(keyId, 'passphrase'));
  }
  const code = normalizeRecoveryCode(secret.recoveryCode);
  return code ? unwrapWith(code, wrapped.recovery, aadFor(keyId, 'recovery')) : null;
}

/** A new wrap under a new passphrase, keeping the recovery wrap (the rows are not touched). */
export async function rewrapPassphrase(wrapped: WrappedKey, privateKey: Buffer, keyId: string, passphrase: string, cost: KdfParams = KDF): Promise<WrappedKey> {
  return { ...wrapped, passphrase: await wrapWith(normalizePassphrase(passphrase), privateKey, aadFor(keyId, 'passphrase'), cost) };
}
