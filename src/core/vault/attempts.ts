/**
 * Wrong passphrases lock unlocking for a while, like wrong PINs. Attempts run one at a time and
 * the lock is decided before the (slow) key derivation, so attempts sent together cannot all be
 * tried. Counted in app_state, so a restart does not reset them.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../errors';
import { sentence } from '../messages';

export interface AttemptLimiter {
  /** Runs `verify` unless locked; records its failure (wrong_passphrase / locked_out) or success. */
  attempt(verify: () => Promise<boolean>): Promise<void>;
  lockedUntil(): string | null;
}

const FREE_ATTEMPTS = 5;
const FIRST_LOCK_MS = 30_000;
/** Capped, so a local process failing on purpose cannot keep the steward out for long. */
const MAX_LOCK_MS = 15 * 60_000;

export class PassphraseAttempts implements AttemptLimiter {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
    private readonly prefix = 'vault',
  ) {}

  private read(name: string): string | null {
    const row = this.db.prepare('SELECT value FROM app_state WHERE key = ?').get(`${this.prefix}_${name}`) as { value: string } | undefined;
    return row?.value ?? null;
  }

  private write(name: string, value: string): void {
    this.db
      .prepare('INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(`${this.prefix}_${name}`, value);
  }

  lockedUntil(): string | null {
    const until = this.read('locked_until');
    return until && new Date(until) > this.now() ? until : null;
  }

  attempt(verify: () => Promise<boolean>): Promise<void> {
    const run = this.queue.then(() => this.tryOnce(verify));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async tryOnce(verify: () => Promise<boolean>): Promise<void> {
    const locked = this.lockedUntil();
    if (locked) throw lockedError(locked, this.now());
    if (await verify()) {
      this.write('failures', '0');
      return;
    }
    const failures = Number(this.read('failures') ?? '0') + 1;
    this.write('failures', String(failures));
    if (failures >= FREE_ATTEMPTS) {
      const wait = Math.min(FIRST_LOCK_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_MS);
      this.write('locked_until', new Date(this.now().getTime() + wait).toISOString());
    }
    const left = Math.max(0, FREE_ATTEMPTS - failures);
    throw new AppError('wrong_passphrase', left === 0 ? sentence('wrongPassphraseLocked') : sentence('wrongPassphrase', { left }));
  }
}

function lockedError(until: string, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((new Date(until).getTime() - now.getTime()) / 60_000));
  return new AppError('locked_out', sentence('passphraseLockedOut', { minutes }), { retryAt: until });
}
