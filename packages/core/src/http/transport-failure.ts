import { RequestTimeoutError } from '../errors/request-timeout-error.ts';
import type { ProviderId } from '../provider/provider-id.ts';
import type { AttemptFailure } from './attempt-failure.ts';
import { classifyFetchError } from './classify-fetch-error.ts';
import { requestAborted } from './request-aborted.ts';
import type { RetryPolicy } from './retry-policy.ts';
import { neverLeft } from './transport.ts';

/** Where a transport rejection happened. */
export interface TransportFailureContext {
  provider: ProviderId;
  method: string;
  url: string;
  timeoutMs: number;
  policy: RetryPolicy;
  /** The caller's signal: when it has fired, the request was the caller's to end. */
  caller: AbortSignal | undefined;
  /** The request's own deadline passed. */
  deadlineExpired: boolean;
}

/**
 * What a transport rejection means for the attempt: the caller's abort, the deadline, or a network
 * failure (`classifyFetchError`). A request whose connection never opened was refused, not
 * uncertain, whatever ended it — so a create that could not connect in time is sent again.
 */
export function transportFailure(
  cause: unknown,
  context: TransportFailureContext,
): Omit<AttemptFailure, 'sent'> {
  const { provider, method, url, timeoutMs, policy } = context;
  const notSent = neverLeft(cause);
  if (context.caller?.aborted) {
    return { error: requestAborted(provider, context.caller.reason), retry: false, refused: notSent };
  }
  if (context.deadlineExpired) {
    const what = notSent ? 'could not connect' : 'got no answer';
    const error = new RequestTimeoutError(`${provider}: ${method} ${url} ${what} within ${timeoutMs} ms.`, {
      provider,
      retryable: true,
    });
    return { error, retry: policy.network === 'any' || notSent, refused: notSent };
  }
  const classified = classifyFetchError(cause, provider, url);
  const refused = classified.notSent || notSent;
  const retry = classified.error.retryable !== false && (policy.network === 'any' || refused);
  return { error: classified.error, retry, refused };
}
