import type { ProviderId } from './provider-id.ts';

/** A plan's request limits, as the provider reports them. */
export interface AccountRateLimits {
  /** Requests per minute. */
  requestsPerMinute?: number | undefined;
  /** Jobs running at once. */
  concurrentJobs?: number | undefined;
  /** The plan's name, when the provider says. */
  plan?: string | undefined;
}

/** What one provider can tell about the account behind the key. */
export interface ProviderAccount {
  provider: ProviderId;
  /** False when the provider has no account endpoint; then nothing else is set. */
  supported: boolean;
  /** Credits left (Vydra). */
  credits?: number | undefined;
  /** USD left, when the provider reports a dollar balance. */
  usd?: number | undefined;
  /** Plan limits, where the provider reports them. */
  rateLimits?: AccountRateLimits | undefined;
  /** Why `supported` is false, or other caveats. */
  note?: string | undefined;
}
