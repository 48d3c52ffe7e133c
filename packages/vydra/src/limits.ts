import type { RateLimitRule } from '@grok-imagine/core';

/**
 * Vydra's request-rate rule for the Free plan: 10 requests per minute, counted over every API call
 * of the organization (status reads included), as a sliding window.
 *
 * Other plans (Vydra docs, "Rate Limits"): Starter 30 per minute / 5 concurrent jobs, Creator 60 per
 * minute / 10 concurrent jobs, Enterprise custom. Hourly and daily caps exist too (Free 100/500).
 * We start from the Free plan because it is the safe floor; `account()` reports the account's own
 * plan, and `limits` in the config puts it in force.
 */
export const VYDRA_DEFAULT_LIMITS: readonly RateLimitRule[] = [{ key: '*', limit: 10, intervalMs: 60_000 }];

/** Jobs the Free plan runs at once (Starter 5, Creator 10). */
export const VYDRA_MAX_CONCURRENT_JOBS = 2;
