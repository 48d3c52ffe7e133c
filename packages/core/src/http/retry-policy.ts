import type { RequestIntent } from './http-types.ts';

/** When one kind of request is sent again after a failed attempt. */
export interface RetryPolicy {
  /** HTTP statuses answered with that justify another attempt. */
  readonly statuses: ReadonlySet<number>;
  /**
   * Network failures that justify another attempt: `any`, or only those that prove the request never
   * reached the provider (`not-sent`: connection refused, DNS).
   */
  readonly network: 'any' | 'not-sent';
  /** Whether a body that could not be read (cut, stalled, not JSON) justifies another attempt. */
  readonly unreadableBody: boolean;
}

const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/**
 * The one retry policy, by intent, as data:
 * - `read`: idempotent reads retry on 408/429/5xx, any network failure and an unreadable body;
 * - `create`: the POST that creates a paid job is re-sent only when the provider provably did not
 *   take it — a 429, or a connection that never opened; anything later is an uncertain submission;
 * - `cancel`: like a create, plus any network failure (cancelling twice is harmless).
 */
export const RETRY_POLICIES: Readonly<Record<RequestIntent, RetryPolicy>> = {
  read: { statuses: TRANSIENT_STATUSES, network: 'any', unreadableBody: true },
  create: { statuses: new Set([429]), network: 'not-sent', unreadableBody: false },
  cancel: { statuses: new Set([429]), network: 'any', unreadableBody: false },
};

/** Any status of 500 and up counts as a 5xx for the read policy. */
export function retriesStatus(policy: RetryPolicy, status: number): boolean {
  return policy.statuses.has(status) || (policy === RETRY_POLICIES.read && status >= 500);
}
