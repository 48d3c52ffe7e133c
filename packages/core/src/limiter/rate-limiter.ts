import type { Clock } from '../clock/clock.ts';
import type { RateLimitRule } from './rate-limit-rule.ts';

interface SentRequest {
  at: number;
  key: string;
}

/**
 * Sliding-window request limiter: requests wait for a free slot instead of hitting the provider's
 * 429. One per provider; rules apply to all requests (`*`) or to one model family.
 */
export class RateLimiter {
  private rules: readonly RateLimitRule[];
  // Kept per request, not per rule, so new rules (configure) still count what was already sent.
  private sent: SentRequest[] = [];
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

  /** Replaces the rules (e.g. from Vydra's `GET /account/rate-limits`); requests already sent still count. */
  configure(rules: readonly RateLimitRule[]): void {
    this.rules = rules;
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
    this.sent.push({ at: this.clock.now(), key });
  }

  private waitMs(key: string): number {
    const now = this.clock.now();
    const longest = Math.max(0, ...this.rules.map((rule) => rule.intervalMs));
    this.sent = this.sent.filter((request) => request.at > now - longest);
    let wait = this.blockedUntil - now;
    for (const rule of this.rules) {
      if (rule.key !== '*' && rule.key !== key) continue;
      const times = this.sent
        .filter(
          (request) => request.at > now - rule.intervalMs && (rule.key === '*' || request.key === rule.key),
        )
        .map((request) => request.at);
      if (times.length >= rule.limit)
        wait = Math.max(wait, times[times.length - rule.limit]! + rule.intervalMs - now);
    }
    return wait;
  }
}
