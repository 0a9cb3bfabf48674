/**
 * In-memory limiters, like GoTrue's (tollbooth token buckets, an hourly e-mail counter): they live as
 * long as the process, which is also how GoTrue keeps them.
 */

/** Per-key token bucket: `burst` requests at once, then `perWindow` requests per `windowMs`. */
export class KeyedTokenBucket {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly refillPerMs: number;

  constructor(
    perWindow: number,
    windowMs: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.refillPerMs = perWindow / windowMs;
  }

  /** Takes one token for `key`; false when the bucket is empty. */
  take(key: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.refillPerMs);
    bucket.at = now;
    if (this.buckets.size > 10_000) this.sweep(now);
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Milliseconds until `key` has a token again (0 if it has one). */
  retryAfterMs(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket || bucket.tokens >= 1 || this.refillPerMs === 0) return 0;
    return Math.ceil((1 - bucket.tokens) / this.refillPerMs);
  }

  /** Forgets buckets that are full again, so the map does not grow without bound. */
  private sweep(now: number) {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.refillPerMs >= this.burst) this.buckets.delete(key);
    }
  }
}

/** At most `limit` events per fixed window, all keys together (GoTrue's email_sent IntervalLimiter). */
export class WindowCounter {
  private windowStart = 0;
  private count = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(): boolean {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.count = 0;
    }
    if (this.count >= this.limit) return false;
    this.count += 1;
    return true;
  }
}

/** One event per key per `intervalMs` (GoTrue's max_frequency); remembers the last accepted time. */
export class KeyedFrequency {
  private readonly last = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds the caller must still wait for `key` (0 = accepted and recorded now). */
  take(key: string): number {
    const now = this.now();
    const previous = this.last.get(key);
    if (previous !== undefined && now - previous < this.intervalMs) return this.intervalMs - (now - previous);
    if (this.last.size > 10_000) {
      for (const [k, at] of this.last) if (now - at >= this.intervalMs) this.last.delete(k);
    }
    this.last.set(key, now);
    return 0;
  }
}
