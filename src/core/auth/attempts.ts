/**
 * Guessing limits for a secret checked with a slow hash: the organizer PIN today, the data
 * steward's passphrase later (each guard has its own `app_state` key prefix and its own words).
 *
 * Attempts are evaluated one at a time (a promise chain), and whether the secret is locked is
 * decided before the hash is computed: attempts sent all at once used to pass the lock check
 * together while their hashes ran, so 200 guesses were evaluated where 5 were allowed. The count
 * of failures and the lock are stored in the database, so restarting does not reset them. The
 * lock grows with failures up to a cap, so a local caller failing on purpose can close the door
 * for that long at most per attempt (see SECURITY.md). A per-minute limit on evaluated attempts
 * keeps the CPU from being filled with hashes; it lives here so every transport gets it.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../errors';
import { sentence, type Sentence } from '../messages';
import { RateLimit } from './rate-limit';

/** What a guard says, so a passphrase guard can say "passphrase" where the PIN's says "PIN". */
export interface AttemptWords {
  /** A wrong secret with `left` (1 or more) tries before the lock. */
  wrong(left: number): Sentence;
  /** Locked; `wait` is a duration sentence such as "2 minutes". */
  locked(wait: Sentence): Sentence;
  /** More attempts in a minute than a person makes. */
  tooMany: Sentence;
}

export interface AttemptPolicy {
  /** Wrong attempts allowed before the first lock. */
  freeAttempts: number;
  firstLockMs: number;
  /** The longest a lock lasts, however many failures came before it. */
  maxLockMs: number;
  /** Attempts evaluated per minute at most (each costs a slow hash). */
  perMinute: number;
}

export const DEFAULT_ATTEMPT_POLICY: AttemptPolicy = {
  freeAttempts: 5,
  firstLockMs: 30_000,
  maxLockMs: 15 * 60_000,
  perMinute: 10,
};

/** How long to lock after this many consecutive failures: 0 for the first few, then doubling to the cap. */
export function lockoutMs(failures: number, policy: AttemptPolicy = DEFAULT_ATTEMPT_POLICY): number {
  if (failures < policy.freeAttempts) return 0;
  const doublings = Math.min(failures - policy.freeAttempts, 30);
  return Math.min(policy.firstLockMs * 2 ** doublings, policy.maxLockMs);
}

/** The `app_state` rows a guard keeps under its prefix (a restore keeps the live ones). */
export function attemptStateKeys(prefix: string): { failures: string; lockedUntil: string } {
  return { failures: `${prefix}failures`, lockedUntil: `${prefix}locked_until` };
}

export interface AttemptGuardOptions {
  /** e.g. "pin_" gives the rows pin_failures and pin_locked_until. */
  prefix: string;
  words: AttemptWords;
  policy?: Partial<AttemptPolicy>;
  /** The code a wrong (not yet locking) attempt answers with: unauthorized for the PIN. */
  wrongCode?: 'unauthorized' | 'wrong_passphrase';
}

export class AttemptGuard {
  private readonly keys: { failures: string; lockedUntil: string };
  private readonly words: AttemptWords;
  private readonly policy: AttemptPolicy;
  private readonly rate: RateLimit;
  private readonly wrongCode: 'unauthorized' | 'wrong_passphrase';
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
    options: AttemptGuardOptions,
  ) {
    this.keys = attemptStateKeys(options.prefix);
    this.words = options.words;
    this.policy = { ...DEFAULT_ATTEMPT_POLICY, ...options.policy };
    this.wrongCode = options.wrongCode ?? 'unauthorized';
    this.rate = new RateLimit(this.policy.perMinute, 60_000, () => this.now().getTime());
  }

  private get(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM app_state WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  private set(key: string, value: string): void {
    this.db
      .prepare('INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, value);
  }

  lockedUntil(): string | null {
    const until = this.get(this.keys.lockedUntil);
    return until && new Date(until) > this.now() ? until : null;
  }

  /**
   * Resolves when `verify` says yes; throws locked_out (locked, or too many attempts this minute)
   * without calling it, or unauthorized / locked_out after recording a wrong attempt.
   */
  attempt(verify: () => Promise<boolean>): Promise<void> {
    return this.serial(async () => {
      if (await verify()) {
        this.set(this.keys.failures, '0');
        return;
      }
      throw this.recordFailure();
    });
  }

  /**
   * Runs a task that costs a slow hash (setting the secret) in the same line as the attempts, under
   * the same lock and per-minute limit, without counting it as a failure if it throws.
   */
  serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      const locked = this.lockedUntil();
      if (locked) throw this.lockedError(this.words.locked, locked);
      if (!this.rate.take()) {
        throw this.lockedError(() => this.words.tooMany, new Date(this.rate.nextAllowedAt()).toISOString());
      }
      return task();
    });
    // The next attempt waits for this one to settle, whatever its outcome.
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Clears the failures and the lock (for a reset proven by another secret). */
  reset(): void {
    this.db.transaction(() => {
      this.set(this.keys.failures, '0');
      this.db.prepare('DELETE FROM app_state WHERE key = ?').run(this.keys.lockedUntil);
    })();
  }

  private recordFailure(): AppError {
    const failures = Number(this.get(this.keys.failures) ?? '0') + 1;
    const wait = lockoutMs(failures, this.policy);
    let until: string | null = null;
    if (wait > 0) until = new Date(this.now().getTime() + wait).toISOString();
    this.db.transaction(() => {
      this.set(this.keys.failures, String(failures));
      if (until) this.set(this.keys.lockedUntil, until);
    })();
    if (until) return this.lockedError(this.words.locked, until);
    return new AppError(this.wrongCode, this.words.wrong(this.policy.freeAttempts - failures));
  }

  private lockedError(say: (wait: Sentence) => Sentence, until: string): AppError {
    const seconds = Math.max(1, Math.ceil((new Date(until).getTime() - this.now().getTime()) / 1000));
    const wait = seconds >= 90 ? sentence('minutes', { count: Math.ceil(seconds / 60) }) : seconds === 1 ? sentence('oneSecond') : sentence('seconds', { count: seconds });
    return new AppError('locked_out', say(wait), { retryAt: until });
  }
}
