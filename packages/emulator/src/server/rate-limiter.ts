/** A rate limit: at most `limit` requests per `windowMs` per API key. */
export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

/** The state of one key's window after a request. */
export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Epoch ms at which the window resets. */
  resetAt: number;
  /** Whole seconds until the reset (at least 1), for `Retry-After`. */
  retryAfterSeconds: number;
}

/** Fixed-window counters per bucket (provider + key), driven by the emulator's clock. */
export class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();

  /** Counts a request in `bucket` and says whether it is allowed. */
  hit(bucket: string, rule: RateLimitRule, now: number): RateLimitState {
    let window = this.#windows.get(bucket);
    if (!window || now >= window.start + rule.windowMs) {
      window = { start: now, count: 0 };
      this.#windows.set(bucket, window);
    }
    window.count++;
    const resetAt = window.start + rule.windowMs;
    return {
      allowed: window.count <= rule.limit,
      limit: rule.limit,
      remaining: Math.max(0, rule.limit - window.count),
      resetAt,
      retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)),
    };
  }

  /** The current state of a bucket without counting a request. */
  peek(bucket: string, rule: RateLimitRule, now: number): Omit<RateLimitState, 'allowed'> {
    const window = this.#windows.get(bucket);
    const live = window && now < window.start + rule.windowMs ? window : { start: now, count: 0 };
    const resetAt = live.start + rule.windowMs;
    return {
      limit: rule.limit,
      remaining: Math.max(0, rule.limit - live.count),
      resetAt,
      retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)),
    };
  }
}
