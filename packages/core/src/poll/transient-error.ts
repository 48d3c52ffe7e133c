import { GrokImagineError } from '../errors/grok-imagine-error.ts';

/**
 * True when a status read failed in a way the next read may not: a connection or request timeout, a
 * rate limit, a provider 5xx, or any SDK error marked `retryable`. Authentication, validation, not
 * found, bot challenges and unreadable responses are not transient.
 */
export function isTransientPollError(error: unknown): error is GrokImagineError {
  if (!GrokImagineError.isInstance(error)) return false;
  // Kinds, not instanceof, so errors from another installed copy of core are recognised too.
  switch (error.kind) {
    case 'connection':
    case 'timeout':
    case 'rate-limit':
      return true;
    case 'provider':
      return error.retryable || (error.status !== undefined && error.status >= 500);
    case 'aborted':
    case 'bot-challenge':
      return false;
    default:
      return error.retryable;
  }
}

/** The wait a transient error asks for (a rate limit's `retryAfterMs`), if any. */
export function requestedDelayMs(error: GrokImagineError): number | undefined {
  const value = (error as { retryAfterMs?: unknown }).retryAfterMs;
  return typeof value === 'number' && value >= 0 ? value : undefined;
}
