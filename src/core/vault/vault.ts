/**
 * The vault: the one place that holds key bytes. It knows the data key (public half always,
 * private half only while unlocked), seals each new sign-up to it, and unlocks for one console
 * session: the unlock ends with Lock, with that session (sign-out, idle exit) or with the process.
 * The private key is never written anywhere unwrapped.
 */
import type Database from 'better-sqlite3';
import type { SignupRecord } from '../../common/contract';
import type { VaultCreateResult, VaultUnlockArgs } from '../../common/vault';
import type { Sessions } from '../auth/sessions';
import { AppError } from '../errors';
import { sentence } from '../messages';
import { readActiveKey, readKeys, saveActiveKey, type StoredKey } from './keys';
import { passphraseWeakness } from './passphrase';
import { encodePayload, hourOf, ROW_FORMAT, rowAad, type SealedRowHeader } from './rows';
import { generateKeyPair, keyIdOf, pairMatches, Sealer, type KeyPair } from './sealed-box';
import { KDF, newRecoveryCode, unwrapPrivateKey, wrapPrivateKey, type KdfParams } from './wrap';
import { AttemptGuard, type AttemptWords } from '../auth/attempts';

const PASSPHRASE_WORDS: AttemptWords = {
  wrong: (left) => (left === 1 ? sentence('wrongPassphraseOne') : sentence('wrongPassphrase', { left })),
  locked: (wait) => sentence('passphraseLockedOut', { wait }),
  tooMany: sentence('tooManyPassphraseAttempts'),
};

export interface SealedRow extends SealedRowHeader {
  box: Buffer;
}

/** An unlock: the private keys it opened, for which session, and a number telling unlocks apart. */
export interface Unlocked {
  pairs: Map<string, KeyPair>;
  generation: number;
}

const SESSION_CHECK_MS = 15_000;

export class Vault {
  private activeKey: { key: StoredKey; sealer: Sealer } | null | undefined;
  private unlocked: (Unlocked & { token: string | undefined }) | null = null;
  private generation = 0;
  private sessionTimer: NodeJS.Timeout | null = null;
  private readonly lockListeners: (() => void)[] = [];
  /** Wrong passphrases pause unlocking, like wrong PINs the console (counted under vault_). */
  private readonly attempts: AttemptGuard;

  constructor(
    private readonly db: Database.Database,
    now: () => Date,
    private readonly sessions: Sessions,
    /** The passphrase KDF's cost for new keys (tests make it cheaper; see wrap.ts). */
    private readonly kdfCost: KdfParams = KDF,
  ) {
    this.attempts = new AttemptGuard(db, now, { prefix: 'vault_', words: PASSPHRASE_WORDS, wrongCode: 'wrong_passphrase' });
  }

  /** The key new rows are sealed to, or null when there is none (rows are then stored unsealed). */
  private active(): { key: StoredKey; sealer: Sealer } | null {
    if (this.activeKey === undefined) {
      const key = readActiveKey(this.db);
      this.activeKey = key ? { key, sealer: new Sealer(key.publicKey) } : null;
    }
    return this.activeKey;
  }

  hasKey(): boolean {
    return this.active() !== null;
  }

  activeKeyId(): string | null {
    return this.active()?.key.keyId ?? null;
  }

  /** Keys changed under us (a restore, a kit import): read them again. */
  reloadKeys(): void {
    this.activeKey?.sealer.discard();
    this.activeKey = undefined;
  }

  /** The sealed row for a record, or null when there is no data key. */
  seal(record: SignupRecord): SealedRow | null {
    const active = this.active();
    if (!active) return null;
    const header: SealedRowHeader = { id: record.id, createdHour: hourOf(record.createdAt), keyId: active.key.keyId, format: ROW_FORMAT };
    return { ...header, box: active.sealer.seal(encodePayload(record), rowAad(header)) };
  }

  onLock(listener: () => void): void {
    this.lockListeners.push(listener);
  }

  /** The unlock serving this console session; vault_locked when there is none. */
  unlockedFor(token: string | undefined): Unlocked {
    this.endIfSessionGone();
    if (!this.unlocked || this.unlocked.token !== token) throw new AppError('vault_locked', sentence('vaultLocked'));
    return this.unlocked;
  }

  isUnlockedFor(token: string | undefined): boolean {
    this.endIfSessionGone();
    return this.unlocked !== null && this.unlocked.token === token;
  }

  canUnlock(): boolean {
    return readKeys(this.db).some((k) => k.wrapped !== null);
  }

  lockedUntil(): string | null {
    return this.attempts.lockedUntil();
  }

  keys(): StoredKey[] {
    return readKeys(this.db);
  }

  async create(passphrase: string, options: { replaceLostKey?: boolean | undefined; token: string | undefined; at: string }): Promise<VaultCreateResult> {
    if (this.hasKey() && !options.replaceLostKey) throw new AppError('conflict', sentence('vaultExists'));
    const weakness = passphraseWeakness(passphrase);
    if (weakness) {
      throw new AppError('invalid_argument', sentence(weakness === 'too_short' ? 'passphraseTooShort' : 'passphraseTooSimple'), {
        issues: [{ path: 'passphrase', reason: weakness }],
      });
    }
    const pair = generateKeyPair();
    const keyId = keyIdOf(pair.publicKey);
    const recoveryCode = newRecoveryCode();
    const wrapped = await wrapPrivateKey(pair.privateKey, keyId, passphrase, recoveryCode, this.kdfCost);
    // Checked again after the wait: two consoles must not both make a key.
    if (this.hasKey() && !options.replaceLostKey) throw new AppError('conflict', sentence('vaultExists'));
    this.lock();
    saveActiveKey(this.db, { keyId, publicKey: pair.publicKey, wrapped, createdAt: options.at });
    this.reloadKeys();
    this.open(new Map([[keyId, pair]]), options.token);
    return { keyId, recoveryCode };
  }

  /** The private keys this secret opens (at least one), through the attempt limits. */
  private async keysFor(secret: VaultUnlockArgs): Promise<Map<string, KeyPair>> {
    const candidates = readKeys(this.db).filter((k) => k.wrapped !== null);
    if (candidates.length === 0) throw new AppError('not_found', sentence(this.hasKey() ? 'vaultCannotUnlockHere' : 'vaultNone'));
    const pairs = new Map<string, KeyPair>();
    await this.attempts.attempt(async () => {
      for (const key of candidates) {
        const privateKey = key.wrapped ? await unwrapPrivateKey(key.wrapped, key.keyId, secret) : null;
        const pair = privateKey ? { publicKey: key.publicKey, privateKey } : null;
        if (pair && pairMatches(pair)) pairs.set(key.keyId, pair);
      }
      return pairs.size > 0;
    });
    return pairs;
  }

  async unlock(secret: VaultUnlockArgs, token: string | undefined): Promise<{ state: 'unlocked' }> {
    const pairs = await this.keysFor(secret);
    this.lock();
    this.open(pairs, token);
    return { state: 'unlocked' };
  }

  /** Proves the steward's secret without unlocking anything (to reset the organizer PIN). */
  async verify(secret: VaultUnlockArgs): Promise<void> {
    for (const pair of (await this.keysFor(secret)).values()) pair.privateKey.fill(0);
  }

  private open(pairs: Map<string, KeyPair>, token: string | undefined): void {
    this.generation += 1;
    this.unlocked = { pairs, generation: this.generation, token };
    this.sessionTimer = setInterval(() => this.endIfSessionGone(), SESSION_CHECK_MS);
    this.sessionTimer.unref();
  }

  private endIfSessionGone(): void {
    if (this.unlocked && !this.sessions.isOpen(this.unlocked.token)) this.lock();
  }

  lock(): { state: 'none' | 'locked' } {
    if (this.unlocked) {
      for (const pair of this.unlocked.pairs.values()) pair.privateKey.fill(0);
      this.unlocked = null;
      for (const listener of this.lockListeners) listener();
    }
    if (this.sessionTimer) clearInterval(this.sessionTimer);
    this.sessionTimer = null;
    return { state: this.hasKey() ? 'locked' : 'none' };
  }

  close(): void {
    this.lock();
    this.activeKey?.sealer.discard();
  }
}
