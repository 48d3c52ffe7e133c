import type { RateLimitRule } from '@grok-imagine/core';

/**
 * Vydra's request-rate rule for the Free plan: 10 requests per minute, counted over every API call
 * of the organization (status reads included), as a sliding window.
 *
 * Other plans (Vydra docs, "Rate Limits"): Starter 30 per minute / 5 concurrent jobs, Creator 60 per
 * minute / 10 concurrent jobs, Enterprise custom. Hourly and daily caps exist too (Free 100/500).
 * We start from the Free plan because it is the safe floor; call `adapter.applyRateLimits()` to read
 * the account's own plan from `GET /account/rate-limits`, or pass `limits` in the config.
 */
export const VYDRA_DEFAULT_LIMITS: readonly RateLimitRule[] = [{ key: '*', limit: 10, intervalMs: 60_000 }];

/** Jobs the Free plan runs at once (Starter 5, Creator 10). */
export const VYDRA_MAX_CONCURRENT_JOBS = 2;

/** The rate-limit headers of Vydra's last successful response. */
export interface VydraRateLimitSnapshot {
  /** `X-RateLimit-Limit`: requests allowed per minute. */
  limit?: number;
  /** `X-RateLimit-Remaining`: requests left in the current window. */
  remaining?: number;
  /** `X-RateLimit-Reset`: when the window resets, in ms since the epoch (Vydra sends Unix seconds). */
  resetAtMs?: number;
}

function headerNumber(headers: Headers, name: string): number | undefined {
  const value = headers.get(name);
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** Reads `X-RateLimit-Limit/Remaining/Reset`; `undefined` when the response carried none of them. */
export function readRateLimitHeaders(headers: Headers): VydraRateLimitSnapshot | undefined {
  const limit = headerNumber(headers, 'x-ratelimit-limit');
  const remaining = headerNumber(headers, 'x-ratelimit-remaining');
  const reset = headerNumber(headers, 'x-ratelimit-reset');
  if (limit === undefined && remaining === undefined && reset === undefined) return undefined;
  const snapshot: VydraRateLimitSnapshot = {};
  if (limit !== undefined) snapshot.limit = limit;
  if (remaining !== undefined) snapshot.remaining = remaining;
  if (reset !== undefined) snapshot.resetAtMs = reset * 1000;
  return snapshot;
}
