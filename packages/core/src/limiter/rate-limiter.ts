import type { Clock } from '../clock/clock.ts';
import { AbortedError } from '../errors/aborted-error.ts';
import type { RateLimitFeedback } from './rate-limit-headers.ts';
import type { RateLimitRule } from './rate-limit-rule.ts';

/** A request the limiter let through; `sent()` and `answered()` stamp it as it goes. */
export interface RateLimitPermit {
  /** Call right before the request's bytes go: the window counts from then. */
  sent(): void;
  /**
   * Call when the answer's headers arrive. The provider counted the request somewhere between
   * sending and answering (a cold connection can take tens of ms); the window then counts from the
   * answer, moved at most a tenth of the shortest window, so a slow answer costs little.
   */
  answered(): void;
}

interface SentRequest {
  /** Where the window counts it from: when sent, or a little later once answered (see `answered`). */
  at: number;
  /** When it was sent. */
  sentAt: number;
  key: string;
}

/**
 * Share of each rule's interval added to it as a guard (and the least guard, in ms): it covers clock
 * rounding and an arrival just past the answer allowance. The allowance, not the guard, covers the
 * network: a request is counted from its answer when that comes within it.
 */
const GUARD_SHARE = 0.005;
const MIN_GUARD_MS = 5;
/**
 * Least answer allowance (ms; at most half the window): a cold connection under load (a burst of
 * new connections, a TLS handshake) reaches the provider 100–300 ms after it was sent, more than a
 * tenth of a one-second window.
 */
const MIN_ANSWER_ALLOWANCE_MS = 250;
/** Longest hold a provider's reset header can impose. */
const MAX_FEEDBACK_WAIT_MS = 60_000;

/** The guard added to a rule's window: a server counting by arrival never sees one request too many. */
export function guardMs(rule: RateLimitRule): number {
  return Math.max(MIN_GUARD_MS, rule.intervalMs * GUARD_SHARE);
}

function applies(rule: RateLimitRule, key: string): boolean {
  return rule.key === '*' || rule.key === key;
}

/**
 * Sliding-window request limiter: requests wait for a free slot instead of hitting the provider's
 * 429. One per provider; rules apply to all requests (`*`) or to one limit key (a model family).
 * Each request is counted from when it was sent — or from its answer, when that came within a tenth
 * of the window, at least 250 ms (the provider counted it somewhere in between; a cold connection
 * under load can take hundreds of ms) — and each window is stretched by a small guard (0.5 %,
 * at least 5 ms). So a server counting arrivals never sees L+1 in any of its windows, while ≥ 95 % of
 * the bound stays usable. The provider's own word wins where it gives one: `X-RateLimit-Remaining`/`Reset`
 * (see `observe`) hold every request once the budget is spent, and a 429's `Retry-After` pauses only
 * the limit key that was refused (`pause`).
 */
export class RateLimiter {
  private rules: readonly RateLimitRule[];
  // Kept per request, not per rule, so new rules (configure) still count what was already sent.
  private sent: SentRequest[] = [];
  private blockedUntil = 0;
  private readonly keyBlockedUntil = new Map<string, number>();
  private feedback: RateLimitFeedback | undefined;

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

  /** Holds every request until `ms` from now. */
  pauseFor(ms: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, this.clock.now() + ms);
  }

  /**
   * Holds the requests of one limit key until `ms` from now (after a 429 with `Retry-After` on a
   * request of that key); other keys go on. Requests without a key are key `*`.
   */
  pause(key: string, ms: number): void {
    const until = this.clock.now() + ms;
    this.keyBlockedUntil.set(key, Math.max(this.keyBlockedUntil.get(key) ?? 0, until));
  }

  /**
   * Takes in the budget a provider's rate-limit headers reported in the answer to a request sent at
   * `sentAt`: requests sent since then already used some of it. With the budget spent, every request
   * waits for the provider's reset.
   */
  observe(feedback: RateLimitFeedback, sentAt: number): void {
    const sentSince = this.sent.filter((request) => request.at > sentAt).length;
    const remaining = Math.max(0, feedback.remaining - sentSince);
    // A reset far off (or a skewed server clock) must not hold requests longer than a Retry-After would.
    const resetAt = Math.min(feedback.resetAt, this.clock.now() + MAX_FEEDBACK_WAIT_MS);
    const known = this.feedback;
    // An older answer arriving late must not raise the budget a newer one lowered.
    if (known && known.resetAt === resetAt && known.remaining < remaining) return;
    this.feedback = { remaining, resetAt };
  }

  /**
   * How far an answer may move a request's stamp: a tenth of the shortest window that applies, at
   * least 250 ms (but at most half that window). A quick answer costs nothing (the stamp is the
   * answer); a slow one (an image generated while the request waited) costs this much per window.
   */
  private answerAllowanceMs(key: string): number {
    let shortest = Number.POSITIVE_INFINITY;
    for (const rule of this.rules) if (applies(rule, key)) shortest = Math.min(shortest, rule.intervalMs);
    if (!Number.isFinite(shortest)) return 0;
    return Math.max(shortest / 10, Math.min(MIN_ANSWER_ALLOWANCE_MS, shortest / 2));
  }

  /** The least spacing between requests of `key` the rules allow, guard included (0 without rules). */
  spacingMs(key: string): number {
    let spacing = 0;
    for (const rule of this.rules)
      if (applies(rule, key)) spacing = Math.max(spacing, (rule.intervalMs + guardMs(rule)) / rule.limit);
    return spacing;
  }

  /** Waits until a request with `key` may go, then counts it; stamp it with `sent()` when it leaves. */
  async acquire(key: string, signal?: AbortSignal): Promise<RateLimitPermit> {
    for (;;) {
      const wait = this.waitMs(key);
      if (wait <= 0) break;
      try {
        await this.clock.sleep(wait, signal);
      } catch (error) {
        if (AbortedError.isInstance(error)) throw error;
        throw new AbortedError('Aborted while waiting for the rate limit.', { cause: error });
      }
    }
    const now = this.clock.now();
    const request: SentRequest = { at: now, sentAt: now, key };
    this.sent.push(request);
    if (this.feedback) this.feedback.remaining--;
    return {
      sent: () => {
        request.sentAt = Math.max(request.sentAt, this.clock.now());
        request.at = Math.max(request.at, request.sentAt);
      },
      answered: () => {
        const latest = request.sentAt + this.answerAllowanceMs(key);
        request.at = Math.max(request.at, Math.min(this.clock.now(), latest));
      },
    };
  }

  private waitMs(key: string): number {
    const now = this.clock.now();
    let longest = 0;
    for (const rule of this.rules) longest = Math.max(longest, rule.intervalMs + guardMs(rule));
    if (this.sent.length > 0 && this.sent[0]!.at <= now - longest)
      this.sent = this.sent.filter((request) => request.at > now - longest);
    let wait = Math.max(this.blockedUntil, this.keyBlockedUntil.get(key) ?? 0) - now;
    const feedback = this.feedback;
    if (feedback && now >= feedback.resetAt) this.feedback = undefined;
    else if (feedback && feedback.remaining <= 0) wait = Math.max(wait, feedback.resetAt - now);
    for (const rule of this.rules) {
      if (!applies(rule, key)) continue;
      const window = rule.intervalMs + guardMs(rule);
      const times: number[] = [];
      for (const request of this.sent)
        if (request.at > now - window && (rule.key === '*' || request.key === rule.key))
          times.push(request.at);
      if (times.length < rule.limit) continue;
      times.sort((a, b) => a - b);
      wait = Math.max(wait, times[times.length - rule.limit]! + window - now);
    }
    return wait;
  }
}
