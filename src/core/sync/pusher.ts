/**
 * A kiosk's side of live sync: after each new row (and every few seconds anyway) it sends what the
 * steward's computer has not confirmed, in batches, as a signed bundle. A row is marked sent only
 * once the hub answered that it is stored, so a network that drops, a hub that restarts or a kiosk
 * killed mid-push loses nothing; the hub's union by id makes a resent row a duplicate, never a
 * second person. Failures back off (1 s, doubling to 30 s) and are shown in the console.
 */
import type Database from 'better-sqlite3';
import crypto from 'node:crypto';
import { EventKit } from '../../common/sync';
import type { Clock } from '../clock';
import { isoNow } from '../clock';
import { AppError } from '../errors';
import { say, sentence } from '../messages';
import { makeBundle, markSent, outgoing } from './bundle';
import { kitKey, kitProof, SYNC_PATHS } from './hub';
import { kioskIdentity, membership, pairingKey } from './identity';

const BATCH = 500;
const SOON_MS = 100;
const IDLE_MS = 5_000;
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;
const REQUEST_TIMEOUT_MS = 15_000;

interface Answer {
  ok: boolean;
  result?: unknown;
  error?: { code: string; message: string };
}

/** A joining kiosk asks once, with a person waiting: a wrong address should not hang for long. */
const JOIN_TIMEOUT_MS = 5_000;

async function post(url: string, body: unknown, timeoutMs = REQUEST_TIMEOUT_MS): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return (await response.json()) as Answer;
}

/** Fetches the event kit from the steward's computer, proving the pairing code without sending it. */
export async function fetchKit(hubUrl: string, pairingCode: string): Promise<EventKit> {
  const nonce = crypto.randomBytes(24).toString('base64url');
  const proof = kitProof(pairingCode, nonce);
  if (!proof) throw new AppError('invalid_argument', sentence('joinWrongCode'));
  let reply: Answer;
  try {
    reply = await post(new URL(SYNC_PATHS.kit, hubUrl).toString(), { nonce, proof }, JOIN_TIMEOUT_MS);
  } catch {
    throw new AppError('unavailable', sentence('joinUnreachable', { url: hubUrl }));
  }
  if (!reply.ok) throw new AppError('forbidden', sentence('joinWrongCode'));
  const sealed = reply.result as { iv: string; ciphertext: string; tag: string };
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', kitKey(pairingCode), Buffer.from(sealed.iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64url'));
    const text = Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    return EventKit.parse(JSON.parse(text));
  } catch {
    throw new AppError('invalid_argument', sentence('kitUnreadable'));
  }
}

export class Pusher {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private stopped = false;
  private backoff = 0;
  private lastPushAt: string | null = null;
  private lastError: string | null = null;
  private preferred: string | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly clock: Clock,
  ) {}

  status(): { lastPushAt: string | null; lastError: string | null } {
    return { lastPushAt: this.lastPushAt, lastError: this.lastError };
  }

  /** A new row was written: send it soon. */
  notify(): void {
    if (!this.backoff) this.schedule(SOON_MS);
  }

  start(): void {
    this.stopped = false;
    this.schedule(SOON_MS);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), ms);
    this.timer.unref();
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const more = await this.pushOnce();
      this.backoff = 0;
      this.lastError = null;
      this.schedule(more ? 0 : IDLE_MS);
    } catch (error) {
      this.backoff = Math.min(this.backoff ? this.backoff * 2 : FIRST_BACKOFF_MS, MAX_BACKOFF_MS);
      this.lastError = error instanceof AppError ? error.message : say('joinUnreachable', 'en', { url: this.hubUrls()[0] ?? '' });
      this.schedule(this.backoff);
    } finally {
      this.running = false;
    }
  }

  private hubUrls(): string[] {
    return membership(this.db)?.hubUrls ?? [];
  }

  /** Sends one batch; true when more are waiting. Nothing to do without an event and a hub. */
  private async pushOnce(): Promise<boolean> {
    const joined = membership(this.db);
    const pairing = joined ? pairingKey(joined.pairingCode) : null;
    if (!joined || !pairing || joined.hubUrls.length === 0) return false;
    const identity = kioskIdentity(this.db);
    const out = outgoing(this.db, identity.kioskId, { unsentOnly: true, limit: BATCH });
    if (out.rows.length === 0 && out.tallies.length === 0) return false;
    const bundle = makeBundle(out, { eventId: joined.eventId, identity, pairing, now: isoNow(this.clock) });
    let lastFailure: unknown = null;
    // The address that answered last time first: a stale one must not delay every push.
    const urls = this.preferred && joined.hubUrls.includes(this.preferred) ? [this.preferred, ...joined.hubUrls.filter((u) => u !== this.preferred)] : joined.hubUrls;
    for (const url of urls) {
      try {
        const reply = await post(new URL(SYNC_PATHS.push, url).toString(), bundle);
        if (!reply.ok) throw new AppError('unavailable', reply.error?.message ?? 'refused');
        const result = reply.result as { altered?: number };
        // A row changed on the way is sent again; everything else is stored at the hub.
        if (result.altered) throw new AppError('unavailable', 'altered in transit');
        markSent(this.db, [...out.rows.map((r) => r.id), ...out.tallies.map((t) => t.id)], isoNow(this.clock));
        this.lastPushAt = isoNow(this.clock);
        this.preferred = url;
        return out.waiting > 0;
      } catch (error) {
        lastFailure = error;
      }
    }
    throw lastFailure instanceof AppError ? lastFailure : new AppError('unavailable', sentence('joinUnreachable', { url: joined.hubUrls[0] ?? '' }));
  }
}
