import type { ProviderId } from '../provider/provider-id.ts';
import { AuthenticationError } from './authentication-error.ts';
import { BotChallengeError } from './bot-challenge-error.ts';
import { ContentPolicyError } from './content-policy-error.ts';
import type { ErrorKind } from './error-kind.ts';
import type { GrokImagineError } from './grok-imagine-error.ts';
import { InsufficientCreditsError } from './insufficient-credits-error.ts';
import { NotFoundError } from './not-found-error.ts';
import { PermissionError } from './permission-error.ts';
import { ProviderError } from './provider-error.ts';
import { RateLimitError } from './rate-limit-error.ts';
import { UnsupportedError } from './unsupported-error.ts';
import { ValidationError } from './validation-error.ts';

/** Everything known about a failed provider response, after the adapter has read its body. */
export interface ApiErrorDetails {
  provider: ProviderId;
  /** HTTP status. */
  status: number;
  /** The provider's message, kept as the provider wrote it. */
  message: string;
  /** The provider's error code, if its body had one. */
  code?: string | undefined;
  /** The adapter's classification; when absent the status decides. */
  kind?: ErrorKind | undefined;
  /** Provider request id from the body or headers. */
  requestId?: string | undefined;
  /** From `Retry-After` / `retry-after-ms`, already parsed and capped. */
  retryAfterMs?: number | undefined;
  /** Credits figures from a 402 body (Vydra). */
  creditsRequired?: number | undefined;
  creditsRemaining?: number | undefined;
  /** The field a 400 named, when the provider said. */
  field?: string | undefined;
}

function kindFromStatus(status: number): ErrorKind {
  if (status === 401) return 'authentication';
  if (status === 402) return 'insufficient-credits';
  if (status === 403) return 'permission';
  if (status === 404) return 'not-found';
  if (status === 405 || status === 415) return 'unsupported';
  // 408 is the server timing out the request: transient, so a ProviderError marked retryable.
  if (status === 408) return 'provider';
  if (status === 429) return 'rate-limit';
  if (status >= 500) return 'provider';
  return 'validation';
}

/**
 * The one factory that picks an error class from a provider's HTTP status and error code.
 * Adapters classify their own codes into an `ErrorKind`; this function owns the mapping to classes.
 */
export function createApiError(details: ApiErrorDetails): GrokImagineError {
  const kind = details.kind ?? kindFromStatus(details.status);
  const prefix = `${details.provider} ${details.status}${details.code ? ` ${details.code}` : ''}: `;
  const message = prefix + details.message;
  const base = {
    provider: details.provider,
    status: details.status,
    code: details.code,
    requestId: details.requestId,
  };
  switch (kind) {
    case 'validation':
      return new ValidationError(message, { ...base, field: details.field ?? 'request', retryable: false });
    case 'unsupported':
      return new UnsupportedError(message, base);
    case 'authentication':
      return new AuthenticationError(message, base);
    case 'permission':
      return new PermissionError(message, base);
    case 'insufficient-credits':
      return new InsufficientCreditsError(message, {
        ...base,
        creditsRequired: details.creditsRequired,
        creditsRemaining: details.creditsRemaining,
      });
    case 'not-found':
      return new NotFoundError(message, base);
    case 'rate-limit':
      return new RateLimitError(message, { ...base, retryAfterMs: details.retryAfterMs });
    case 'content-policy':
      return new ContentPolicyError(message, base);
    case 'bot-challenge':
      return new BotChallengeError(message, { ...base, retryable: false });
    case 'provider':
      return new ProviderError(message, {
        ...base,
        retryable: details.status >= 500 || details.status === 408,
      });
  }
}
