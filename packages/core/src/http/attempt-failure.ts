import { AbortedError } from '../errors/aborted-error.ts';
import type { GrokImagineError } from '../errors/grok-imagine-error.ts';
import { SubmissionUncertainError } from '../errors/submission-uncertain-error.ts';
import type { ProviderId } from '../provider/provider-id.ts';
import type { HttpRequest } from './http-types.ts';

/** One failed attempt, as the HTTP layer saw it. */
export interface AttemptFailure {
  error: GrokImagineError;
  /** Whether the retry policy allows another attempt. */
  retry: boolean;
  /** The wait the response asked for (`Retry-After`), on any status. */
  retryAfterMs?: number | undefined;
  /** Whether the request left the process. */
  sent: boolean;
  /** True when the provider provably did not accept it (it never arrived, or the provider refused it). */
  refused: boolean;
}

/**
 * The one place that decides whether a failed create was accepted. `no` when nothing left the
 * process, the connection never opened, or the provider answered a refusal (3xx, 4xx other than
 * 408); the error itself is thrown, marked `accepted: 'no'`. Everything else — 408/5xx, timeouts,
 * resets, aborts after sending, a cut, stalled or unreadable 2xx body — is `unknown`: a
 * `SubmissionUncertainError` with the original error as its cause.
 */
export function settleCreateFailure(
  failure: AttemptFailure,
  provider: ProviderId,
  request: Pick<HttpRequest<unknown>, 'method' | 'path'>,
): GrokImagineError {
  if (!failure.sent || failure.refused) {
    failure.error.accepted = 'no';
    return failure.error;
  }
  const what = AbortedError.isInstance(failure.error)
    ? 'was aborted after it was sent'
    : `failed after it was sent (${failure.error.message})`;
  return new SubmissionUncertainError(
    `${provider}: the job-creating ${request.method} ${request.path} ${what}; the job may exist and be charged. Not sent again automatically.`,
    { provider, status: failure.error.status, cause: failure.error },
  );
}
