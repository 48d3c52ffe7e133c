import type { ResponseHeaders } from '../http/transport.ts';
/** What a provider's `X-RateLimit-*` headers said about the budget left. */
export interface RateLimitFeedback {
  /** Requests the provider still allows before `resetAt`. */
  remaining: number;
  /** When the provider's window resets (clock ms). */
  resetAt: number;
}

/** Epoch seconds are above this; smaller reset values count seconds from now. */
const EPOCH_SECONDS_FLOOR = 1e9;
/** Epoch milliseconds are above this. */
const EPOCH_MS_FLOOR = 1e12;

/**
 * Reads `X-RateLimit-Remaining` and `X-RateLimit-Reset` (also `RateLimit-*`). The reset may be epoch
 * seconds (Vydra), epoch milliseconds or seconds from now; `undefined` when either header is missing
 * or unreadable.
 */
export function parseRateLimitHeaders(
  headers: ResponseHeaders,
  nowMs: number,
): RateLimitFeedback | undefined {
  const remainingText = headers.get('x-ratelimit-remaining') ?? headers.get('ratelimit-remaining');
  const resetText = headers.get('x-ratelimit-reset') ?? headers.get('ratelimit-reset');
  if (remainingText === null || resetText === null) return undefined;
  const remaining = Number(remainingText);
  const reset = Number(resetText);
  if (!Number.isFinite(remaining) || remaining < 0 || !Number.isFinite(reset) || reset < 0) return undefined;
  const resetAt =
    reset >= EPOCH_MS_FLOOR ? reset : reset >= EPOCH_SECONDS_FLOOR ? reset * 1000 : nowMs + reset * 1000;
  return { remaining: Math.floor(remaining), resetAt };
}
