/**
 * The organizer PIN: stored only as a scrypt hash, with a lockout that grows after repeated wrong
 * PINs. Attempts are counted in the database so restarting the app does not reset them.
 */
import type Database from 'better-sqlite3';
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { AppError } from '../errors';
import { sentence } from '../messages';

const KEY_LENGTH = 32;
const COST: ScryptOptions = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
export const FREE_ATTEMPTS = 5;
const FIRST_LOCKOUT_MS = 30_000;
const MAX_LOCKOUT_MS = 60 * 60_000;

function derive(pin: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(pin, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: COST.maxmem,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** How long to lock after this many consecutive failures: 0 for the first few, then doubling. */
export function lockoutMs(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_LOCKOUT_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_LOCKOUT_MS);
}

const KEYS = { hash: 'pin_hash', failures: 'pin_failures', lockedUntil: 'pin_locked_until' } as const;
/** The app_state rows that are the PIN's; a backup restore keeps this kiosk's own. */
export const PIN_STATE_KEYS: readonly string[] = Object.values(KEYS);

export class PinGuard {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  private get(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM app_state WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  private set(key: string, value: string): void {
    this.db
      .prepare('INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, value);
  }

  isSet(): boolean {
    return this.get(KEYS.hash) !== null;
  }

  lockedUntil(): string | null {
    const until = this.get(KEYS.lockedUntil);
    return until && new Date(until) > this.now() ? until : null;
  }

  async setUp(pin: string): Promise<void> {
    if (this.isSet()) {
      throw new AppError('conflict', sentence('pinAlreadySet'));
    }
    const hash = await hashPin(pin);
    // Checked again after the await: two first-run requests must not both set a PIN.
    this.db.transaction(() => {
      if (this.isSet()) throw new AppError('conflict', sentence('pinAlreadySet'));
      this.set(KEYS.hash, hash);
    })();
  }

  /** Resolves when the PIN is right; throws unauthorized, locked_out or not_found otherwise. */
  async check(pin: string): Promise<void> {
    const hash = this.get(KEYS.hash);
    if (!hash) throw new AppError('not_found', sentence('pinNotSet'));
    const locked = this.lockedUntil();
    if (locked) throw this.lockedError(locked);
    if (await verifyPin(pin, hash)) {
      this.set(KEYS.failures, '0');
      return;
    }
    const failures = Number(this.get(KEYS.failures) ?? '0') + 1;
    this.set(KEYS.failures, String(failures));
    const wait = lockoutMs(failures);
    if (wait > 0) {
      const until = new Date(this.now().getTime() + wait).toISOString();
      this.set(KEYS.lockedUntil, until);
      throw this.lockedError(until);
    }
    const left = FREE_ATTEMPTS - failures;
    throw new AppError('unauthorized', left === 1 ? sentence('wrongPinOne') : sentence('wrongPinMany', { left }));
  }

  private lockedError(until: string): AppError {
    const seconds = Math.max(1, Math.ceil((new Date(until).getTime() - this.now().getTime()) / 1000));
    const wait = seconds >= 90 ? sentence('minutes', { count: Math.ceil(seconds / 60) }) : seconds === 1 ? sentence('oneSecond') : sentence('seconds', { count: seconds });
    return new AppError('locked_out', sentence('lockedOut', { wait }), { retryAt: until });
  }
}
