/**
 * A sliding-window limit: at most `max` events in any `windowMs`. The attempt guard uses it so a
 * script cannot keep the CPU busy with slow hashes, whichever transport it calls through.
 */
export class RateLimit {
  private readonly times: number[] = [];

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private prune(at: number): void {
    while (this.times.length > 0 && at - (this.times[0] ?? 0) >= this.windowMs) this.times.shift();
  }

  /** True if one more event is allowed now (and counts it). */
  take(): boolean {
    const at = this.now();
    this.prune(at);
    if (this.times.length >= this.max) return false;
    this.times.push(at);
    return true;
  }

  /** When the next event will be allowed (epoch ms), given the events counted so far. */
  nextAllowedAt(): number {
    const at = this.now();
    this.prune(at);
    return this.times.length < this.max ? at : (this.times[0] ?? at) + this.windowMs;
  }
}
