/**
 * The organizer PIN: stored only as a scrypt hash, guessed against only through an AttemptGuard
 * (one attempt at a time, a lockout that grows to a cap, stored in the database).
 */
import type Database from 'better-sqlite3';
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { AppError } from '../errors';
import { sentence } from '../messages';
import { AttemptGuard, attemptStateKeys, type AttemptWords } from './attempts';
import { isTrivialPin } from './pin-strength';

const KEY_LENGTH = 32;
/**
 * OWASP's Password Storage Cheat Sheet minimum for scrypt: N=2^17, r=8, p=1. It needs 128 MiB
 * (128·N·r bytes), hence maxmem. About 0.3 s per hash on our build machines (SECURITY.md).
 */
export const PIN_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
const MAXMEM = 256 * 1024 * 1024;

function derive(pin: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, { ...PIN_COST, maxmem: MAXMEM });
  return ['scrypt', PIN_COST.N, PIN_COST.r, PIN_COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** The parameters are stored with the hash, so hashes made with an older, cheaper cost still verify. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(pin, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p), maxmem: MAXMEM });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash made with less than today's cost, to be made again at the next right PIN. */
export function needsRehash(stored: string): boolean {
  const [, n, r, p] = stored.split('$');
  return Number(n) < PIN_COST.N || Number(r) < PIN_COST.r || Number(p) < PIN_COST.p;
}

const PIN_PREFIX = 'pin_';
const HASH_KEY = `${PIN_PREFIX}hash`;
/** The app_state rows that are the PIN's: a backup carries none, a restore keeps this kiosk's own. */
export const PIN_STATE_KEYS: readonly string[] = [HASH_KEY, ...Object.values(attemptStateKeys(PIN_PREFIX))];

const PIN_WORDS: AttemptWords = {
  wrong: (left) => (left === 1 ? sentence('wrongPinOne') : sentence('wrongPinMany', { left })),
  locked: (wait) => sentence('lockedOut', { wait }),
  tooMany: sentence('tooManyPinAttempts'),
};

export class PinGuard {
  private readonly guard: AttemptGuard;

  constructor(
    private readonly db: Database.Database,
    now: () => Date,
  ) {
    this.guard = new AttemptGuard(db, now, { prefix: PIN_PREFIX, words: PIN_WORDS });
  }

  private hash(): string | null {
    const row = this.db.prepare('SELECT value FROM app_state WHERE key = ?').get(HASH_KEY) as { value: string } | undefined;
    return row?.value ?? null;
  }

  private saveHash(hash: string): void {
    this.db
      .prepare('INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(HASH_KEY, hash);
  }

  isSet(): boolean {
    return this.hash() !== null;
  }

  lockedUntil(): string | null {
    return this.guard.lockedUntil();
  }

  async setUp(pin: string): Promise<void> {
    if (this.isSet()) throw new AppError('conflict', sentence('pinAlreadySet'));
    if (isTrivialPin(pin)) throw new AppError('invalid_argument', sentence('pinTooEasy'));
    // In line with the attempts (one hash at a time), and checked again inside: two first-run
    // requests must not both set a PIN.
    await this.guard.serial(async () => {
      if (this.isSet()) throw new AppError('conflict', sentence('pinAlreadySet'));
      const hash = await hashPin(pin);
      this.db.transaction(() => {
        if (this.isSet()) throw new AppError('conflict', sentence('pinAlreadySet'));
        this.saveHash(hash);
      })();
    });
  }

  /**
   * A new PIN without the old one: only after the caller proved the data steward's passphrase
   * (organizer.resetPin), so a PIN forgotten, or locked by someone failing on purpose, is not the
   * end of the event. Clears the PIN's failures and lock.
   */
  async replace(pin: string): Promise<void> {
    if (isTrivialPin(pin)) throw new AppError('invalid_argument', sentence('pinTooEasy'));
    const hash = await hashPin(pin);
    this.saveHash(hash);
    this.guard.reset();
  }

  /** Resolves when the PIN is right; throws unauthorized, locked_out or not_found otherwise. */
  async check(pin: string): Promise<void> {
    if (!this.isSet()) throw new AppError('not_found', sentence('pinNotSet'));
    await this.guard.attempt(async () => {
      const stored = this.hash();
      if (!stored || !(await verifyPin(pin, stored))) return false;
      // A hash from before the cost was raised is made again now that the PIN is known.
      if (needsRehash(stored)) this.saveHash(await hashPin(pin));
      return true;
    });
  }
}
