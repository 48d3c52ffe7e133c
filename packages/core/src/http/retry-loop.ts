import type { Clock } from '../clock/clock.ts';
import type { Logger } from '../clock/logger.ts';
import type { ProviderId } from '../provider/provider-id.ts';
import type { AttemptFailure } from './attempt-failure.ts';
import { sdkErrorOrAborted } from './request-aborted.ts';

/** Thrown by one attempt: what failed and whether the policy allows another try. */
export class AttemptFailureError extends Error {
  constructor(readonly failure: AttemptFailure) {
    super(failure.error.message);
  }
}

/** How the retry loop waits between attempts. */
export interface RetryLoopOptions {
  provider: ProviderId;
  clock: Clock;
  logger: Logger;
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff delay; doubles per retry up to `maxDelayMs`. */
  minDelayMs: number;
  maxDelayMs: number;
}

function backoffMs(attempt: number, min: number, max: number): number {
  return Math.min(max, min * 2 ** (attempt - 1));
}

/**
 * The one retry loop (a plain loop, as openai-node's): runs `attempt` until it succeeds, or throws
 * the failure that ends it — one the policy does not retry, or the last after `retries` more tries.
 * Between tries it waits the answer's `Retry-After` or the backoff, on the injected clock; an abort
 * while waiting keeps the last attempt's verdict, with the abort as the error. `request.attempt.sent`
 * goes back to false before each new try: nothing of it has left yet.
 */
export async function withRetries<T>(
  options: RetryLoopOptions,
  request: {
    method: string;
    path: string;
    signal?: AbortSignal | undefined;
    attempt?: { sent: boolean } | undefined;
  },
  attempt: () => Promise<T>,
): Promise<T> {
  const { provider } = options;
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof AttemptFailureError) || !error.failure.retry || attemptNumber > options.retries)
        throw error;
      // A 503 with Retry-After is honoured like a 429: the provider said when to come back.
      const delay =
        error.failure.retryAfterMs ?? backoffMs(attemptNumber, options.minDelayMs, options.maxDelayMs);
      options.logger.warn?.(`${provider}: retrying ${request.method} ${request.path}`, {
        attempt: attemptNumber,
        delayMs: delay,
        reason: error.failure.error.name,
      });
      try {
        await options.clock.sleep(delay, request.signal);
      } catch (cause) {
        const aborted = sdkErrorOrAborted(provider, cause);
        throw new AttemptFailureError({ ...error.failure, error: aborted, retry: false });
      }
      if (request.attempt) request.attempt.sent = false;
    }
  }
}
