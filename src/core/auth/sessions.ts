/** Organizer sessions: random bearer tokens kept in memory, ended after inactivity. */
import { randomBytes } from 'node:crypto';

export const SESSION_IDLE_MS = 15 * 60_000;

export class Sessions {
  private readonly lastUsed = new Map<string, number>();

  constructor(
    private readonly now: () => Date,
    private readonly idleMs = SESSION_IDLE_MS,
  ) {}

  open(): { token: string; expiresAt: string } {
    const token = randomBytes(32).toString('base64url');
    const at = this.now().getTime();
    this.lastUsed.set(token, at);
    return { token, expiresAt: new Date(at + this.idleMs).toISOString() };
  }

  /** True and refreshed if the token is live; expired tokens are forgotten. */
  touch(token: string | undefined): boolean {
    if (!token) return false;
    const last = this.lastUsed.get(token);
    const at = this.now().getTime();
    if (last === undefined) return false;
    if (at - last > this.idleMs) {
      this.lastUsed.delete(token);
      return false;
    }
    this.lastUsed.set(token, at);
    return true;
  }

  /** True if the token is live, without counting as use. */
  isOpen(token: string | undefined): boolean {
    const last = token ? this.lastUsed.get(token) : undefined;
    return last !== undefined && this.now().getTime() - last <= this.idleMs;
  }

  close(token: string | undefined): void {
    if (token) this.lastUsed.delete(token);
  }
}
