import type { ProviderId, RateLimitRule } from '@grok-imagine/core';

/** What every worker of one deployment shares for one provider account. */
export interface ProviderQueueLimits {
  /**
   * Request-rate rules, counted in Redis across all workers (creates under their family, `image` or
   * `video`, and `*`; status reads under `*`). `false`: no rate limit. Default: the sdk config's
   * `providers[provider].limits` when it is a list, else the provider's documented rates.
   */
  rules?: readonly RateLimitRule[] | false;
  /**
   * Jobs running at once on the account, counted in Redis across all workers and released when a job
   * ends. `false`: no cap. Default: the sdk config's `maxConcurrentJobs`, else the provider's
   * documented cap.
   */
  maxConcurrentJobs?: number | false;
}

/** Shared limits per provider. */
export type QueueLimits = Partial<Record<ProviderId, ProviderQueueLimits>>;

/**
 * The providers' documented limits (the same figures the adapters use for one process: xAI 5 image
 * and 1 video request per second, 60 per minute, 15 jobs; Vydra's Free plan 10 per minute, 2 jobs;
 * Pixazo publishes none). A test checks them against the adapters' own tables.
 */
export const DOCUMENTED_LIMITS: Readonly<
  Record<ProviderId, { rules: readonly RateLimitRule[]; maxConcurrentJobs?: number }>
> = {
  xai: {
    rules: [
      { key: 'image', limit: 5, intervalMs: 1_000 },
      { key: 'video', limit: 1, intervalMs: 1_000 },
      { key: '*', limit: 60, intervalMs: 60_000 },
    ],
    maxConcurrentJobs: 15,
  },
  vydra: { rules: [{ key: '*', limit: 10, intervalMs: 60_000 }], maxConcurrentJobs: 2 },
  pixazo: { rules: [] },
};

/** The limits in force for one provider: the queue's option, else the sdk config's, else the documented ones. */
export function resolveProviderLimits(
  provider: ProviderId,
  queue: QueueLimits | undefined,
  sdk: {
    limits?: readonly RateLimitRule[] | false | undefined;
    maxConcurrentJobs?: number | false | undefined;
  },
): { rules: readonly RateLimitRule[]; maxConcurrentJobs: number | undefined } {
  const own = queue?.[provider];
  const documented = DOCUMENTED_LIMITS[provider];
  const rules = own?.rules ?? sdk.limits ?? documented.rules;
  const cap = own?.maxConcurrentJobs ?? sdk.maxConcurrentJobs ?? documented.maxConcurrentJobs;
  return { rules: rules === false ? [] : rules, maxConcurrentJobs: cap === false ? undefined : cap };
}
