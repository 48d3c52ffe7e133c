import { GrokImagineError } from '../errors/grok-imagine-error.ts';
import { SubmissionUncertainError } from '../errors/submission-uncertain-error.ts';
import type { Acceptance } from '../errors/error-kind.ts';
import type { ProviderId } from '../provider/provider-id.ts';

/**
 * Gives an error thrown by an adapter's `start` its acceptance: the HTTP layer's verdict when it set
 * one; otherwise `unknown` when the create request had left (an answer the adapter could not map),
 * `no` when it had not (a failed upload, a missing key). An `unknown` always comes out as a
 * `SubmissionUncertainError`; anything not from the SDK is wrapped so nothing escapes the hierarchy.
 */
export function settleStartFailure(
  error: unknown,
  sent: boolean,
  provider: ProviderId,
): { acceptance: Acceptance; error: GrokImagineError } {
  const acceptance: Acceptance =
    (GrokImagineError.isInstance(error) ? error.accepted : undefined) ?? (sent ? 'unknown' : 'no');
  if (acceptance === 'unknown') {
    if (SubmissionUncertainError.isInstance(error)) return { acceptance, error };
    const reason = error instanceof Error ? error.message : String(error);
    return {
      acceptance,
      error: new SubmissionUncertainError(
        `${provider}: the job-creating request was sent but its answer could not be used (${reason}); the job may exist and be charged. Not sent again automatically.`,
        { provider, cause: error },
      ),
    };
  }
  const sdkError = GrokImagineError.isInstance(error)
    ? error
    : new GrokImagineError(
        `${provider}: the submission failed before anything was sent: ${error instanceof Error ? error.message : String(error)}`,
        { provider, code: 'submit_failed', cause: error },
      );
  sdkError.accepted = 'no';
  return { acceptance, error: sdkError };
}
