/**
 * Counts attempts per key in a sliding window (in this process): CPR searches
 * per user. `take` answers how long to wait when the limit is reached.
 */
export class AttemptWindow {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records an attempt; returns 0 if allowed, else the milliseconds until one is. */
  take(key: string, now = Date.now()): number {
    const since = now - this.windowMs;
    const list = (this.attempts.get(key) ?? []).filter((t) => t > since);
    if (list.length >= this.limit) {
      this.attempts.set(key, list);
      return list[0]! + this.windowMs - now;
    }
    list.push(now);
    this.attempts.set(key, list);
    if (this.attempts.size > 10_000) this.attempts.clear(); // bound the memory
    return 0;
  }
}
