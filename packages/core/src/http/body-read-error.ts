import type { GrokImagineError } from '../errors/grok-imagine-error.ts';
import { RequestTimeoutError } from '../errors/request-timeout-error.ts';
import { ResponseValidationError } from '../errors/response-validation-error.ts';
import type { ProviderId } from '../provider/provider-id.ts';
import type { BodyReadFailure } from './read-body.ts';

/** Where the answer that could not be read came from. */
export interface UnreadAnswer {
  provider: ProviderId;
  method: string;
  path: string;
  status: number;
  /** The request's deadline, named when the body stalled. */
  timeoutMs: number;
}

/**
 * What a body that could not be read whole means to the caller: over the cap (refused, not
 * retried), stalled past the deadline, or cut off — the last two transient.
 */
export function bodyReadError(failure: BodyReadFailure, answer: UnreadAnswer): GrokImagineError {
  const { provider, method, path, status } = answer;
  const what = `${provider}: the answer to ${method} ${path}`;
  switch (failure.reason) {
    case 'too-large':
      return new ResponseValidationError(`${what} is larger than ${failure.limit} bytes; not read.`, {
        provider,
        status,
        rawText: '',
        code: 'body_too_large',
      });
    case 'aborted':
      return new RequestTimeoutError(`${what} stalled; not complete within ${answer.timeoutMs} ms.`, {
        provider,
        status,
        retryable: true,
      });
    case 'broken':
      return new ResponseValidationError(`${what} was cut off while being read.`, {
        provider,
        status,
        rawText: '',
        code: 'body_unreadable',
        retryable: true,
      });
  }
}
