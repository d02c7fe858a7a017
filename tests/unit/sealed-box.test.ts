/** The sealed box itself: what opens, what does not, and the key derivation's bytes. */
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openAll } from '../../src/core/vault/open-pool';
import { boxKey, generateKeyPair, openBox, pairMatches, sealOnce, Sealer } from '../../src/core/vault/sealed-box';

describe('sealed boxes', () => {
  it('open with the private key and the same associated data only', () => {
    const pair = generateKeyPair();
    const other = generateKeyPair();
    const sealer = new Sealer(pair.publicKey);
    const box = sealer.seal(Buffer.from('Rosalind'), Buffer.from('row-1'));
    expect(box.includes(Buffer.from('Rosalind'))).toBe(false);
    expect(openBox(pair, box, Buffer.from('row-1'))?.toString()).toBe('Rosalind');
    expect(openBox(pair, box, Buffer.from('row-2'))).toBeNull();
    expect(openBox(other, box, Buffer.from('row-1'))).toBeNull();
    const flipped = Buffer.from(box);
    flipped.writeUInt8(flipped.readUInt8(50) ^ 1, 50);
    expect(openBox(pair, flipped, Buffer.from('row-1'))).toBeNull();
    expect(pairMatches(pair)).toBe(true);
    expect(pairMatches({ publicKey: pair.publicKey, privateKey: other.privateKey })).toBe(false);
  });

  it('use a fresh ephemeral key for every box, even for the same bytes', () => {
    const pair = generateKeyPair();
    const sealer = new Sealer(pair.publicKey);
    const a = sealer.seal(Buffer.from('same'), Buffer.from('aad'));
    const b = sealOnce(pair.publicKey, Buffer.from('same'), Buffer.from('aad'));
    expect(a.subarray(0, 32).equals(b.subarray(0, 32))).toBe(false);
  });

  it('derive the same key as HKDF-SHA256', () => {
    for (let i = 0; i < 20; i++) {
      const ikm = crypto.randomBytes(32);
      const salt = crypto.randomBytes(64);
      expect(boxKey(crypto, ikm, salt, 'take-action-kiosk sealed box v1').equals(Buffer.from(crypto.hkdfSync('sha256', ikm, salt, 'take-action-kiosk sealed box v1', 32)))).toBe(true);
    }
  });

  it('open in worker threads in order, with a box that does not open as null', async () => {
    const pair = generateKeyPair();
    const sealer = new Sealer(pair.publicKey, 0);
    const rows = Array.from({ length: 1500 }, (_, i) => ({ box: sealer.seal(Buffer.from(`row ${i}`), Buffer.from(`aad ${i}`)), aad: Buffer.from(`aad ${i}`) }));
    rows[700] = { ...rows[700]!, aad: Buffer.from('not its aad') };
    const progress: number[] = [];
    const opened = await openAll(pair, rows, (done) => progress.push(done));
    expect(opened).toHaveLength(1500);
    expect(Buffer.from(opened[0]!).toString()).toBe('row 0');
    expect(Buffer.from(opened[1499]!).toString()).toBe('row 1499');
    expect(opened[700]).toBeNull();
    expect(opened.filter((o) => o === null)).toHaveLength(1);
    expect(progress.at(-1)).toBe(1500);
  });
});
