import type { Clock } from '../clock/clock.ts';
import type { RateLimitRule } from './rate-limit-rule.ts';

/**
 * Sliding-window request limiter: requests wait for a free slot instead of hitting the provider's
 * 429. One per provider; rules apply to all requests (`*`) or to one model family.
 */
export class RateLimiter {
  private rules: readonly RateLimitRule[];
  private readonly sent = new Map<RateLimitRule, number[]>();
  private blockedUntil = 0;

  constructor(
    rules: readonly RateLimitRule[],
    private readonly clock: Clock,
  ) {
    this.rules = rules;
  }

  /** The rules in force. */
  get currentRules(): readonly RateLimitRule[] {
    return this.rules;
  }

  /** Replaces the rules (e.g. from Vydra's `GET /account/rate-limits`). */
  configure(rules: readonly RateLimitRule[]): void {
    this.rules = rules;
    this.sent.clear();
  }

  /** Holds every request until `ms` from now (after a 429 with `Retry-After`). */
  pauseFor(ms: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, this.clock.now() + ms);
  }

  /** Waits until a request with `key` may go, then counts it. */
  async acquire(key: string, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const wait = this.waitMs(key);
      if (wait <= 0) break;
      await this.clock.sleep(wait, signal);
    }
    const now = this.clock.now();
    for (const rule of this.matching(key)) this.window(rule, now).push(now);
  }

  private matching(key: string): RateLimitRule[] {
    return this.rules.filter((rule) => rule.key === '*' || rule.key === key);
  }

  private window(rule: RateLimitRule, now: number): number[] {
    const times = (this.sent.get(rule) ?? []).filter((t) => t > now - rule.intervalMs);
    this.sent.set(rule, times);
    return times;
  }

  private waitMs(key: string): number {
    const now = this.clock.now();
    let wait = this.blockedUntil - now;
    for (const rule of this.matching(key)) {
      const times = this.window(rule, now);
      if (times.length >= rule.limit)
        wait = Math.max(wait, times[times.length - rule.limit]! + rule.intervalMs - now);
    }
    return wait;
  }
}
