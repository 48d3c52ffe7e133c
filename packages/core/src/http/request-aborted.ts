import { AbortedError } from '../errors/aborted-error.ts';
import { GrokImagineError } from '../errors/grok-imagine-error.ts';
import type { ProviderId } from '../provider/provider-id.ts';

/** The error of a request its caller's signal ended: `<provider>: request aborted.`, the reason as cause. */
export function requestAborted(provider: ProviderId, cause: unknown): AbortedError {
  return new AbortedError(`${provider}: request aborted.`, { provider, cause });
}

/** What ended a wait before a request: an SDK error as it is, anything else (an abort reason) as `requestAborted`. */
export function sdkErrorOrAborted(provider: ProviderId, cause: unknown): GrokImagineError {
  return GrokImagineError.isInstance(cause) ? cause : requestAborted(provider, cause);
}
