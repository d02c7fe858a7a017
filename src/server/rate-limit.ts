/**
 * A sliding-window limit on PIN attempts over HTTP, on top of core's lockout: it stops a script on
 * this machine from hammering the PIN check (each attempt costs a scrypt hash) before core's
 * lockout even counts the attempts.
 */
export class RateLimit {
  private readonly times: number[] = [];

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True if one more attempt is allowed now (and counts it). */
  take(): boolean {
    const at = this.now();
    while (this.times.length > 0 && at - (this.times[0] ?? 0) >= this.windowMs) this.times.shift();
    if (this.times.length >= this.max) return false;
    this.times.push(at);
    return true;
  }
}

export const PIN_METHODS = new Set(['organizer.login', 'organizer.setup']);
