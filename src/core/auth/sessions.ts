/**
 * Organizer sessions: random bearer tokens kept in memory, ended after inactivity and, however
 * busy, after an absolute lifetime (a token copied off a screen or a log does not live forever).
 */
import { randomBytes } from 'node:crypto';

export const SESSION_IDLE_MS = 15 * 60_000;
export const SESSION_MAX_MS = 2 * 60 * 60_000;

interface Session {
  openedAt: number;
  lastUsed: number;
}

export class Sessions {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly now: () => Date,
    private readonly idleMs = SESSION_IDLE_MS,
    private readonly maxMs = SESSION_MAX_MS,
  ) {}

  private live(session: Session | undefined, at: number): session is Session {
    return session !== undefined && at - session.lastUsed <= this.idleMs && at - session.openedAt <= this.maxMs;
  }

  /** Forgets expired tokens, so the map holds only live sessions. */
  private prune(at: number): void {
    for (const [token, session] of this.sessions) if (!this.live(session, at)) this.sessions.delete(token);
  }

  open(): { token: string; expiresAt: string } {
    const at = this.now().getTime();
    this.prune(at);
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { openedAt: at, lastUsed: at });
    return { token, expiresAt: new Date(at + this.idleMs).toISOString() };
  }

  /** True and refreshed if the token is live; expired tokens are forgotten. */
  touch(token: string | undefined): boolean {
    const at = this.now().getTime();
    this.prune(at);
    const session = token ? this.sessions.get(token) : undefined;
    if (!this.live(session, at)) return false;
    session.lastUsed = at;
    return true;
  }

  /** True if the token is live, without counting as use. */
  isOpen(token: string | undefined): boolean {
    return this.live(token ? this.sessions.get(token) : undefined, this.now().getTime());
  }

  /** How many sessions are held (tests: expired ones are not). */
  get size(): number {
    return this.sessions.size;
  }

  close(token: string | undefined): void {
    if (token) this.sessions.delete(token);
  }
}
