import { GrokImagineError } from '@grok-imagine/core';
import { RedisUnavailableError } from './redis-unavailable-error.ts';

// Redis answers these while it cannot serve writes (starting, failing over): an outage, not a bug.
const UNAVAILABLE_REPLIES = /^(LOADING|READONLY|MASTERDOWN|CLUSTERDOWN|TRYAGAIN|BUSY)\b/;

/** The SDK error for a failed Redis command: `RedisUnavailableError` for an outage, else a plain SDK error. */
export function redisError(error: unknown, doing: string): GrokImagineError {
  if (GrokImagineError.isInstance(error)) return error;
  const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
  if (name === 'ReplyError' && !UNAVAILABLE_REPLIES.test(message)) {
    return new GrokImagineError(`Redis refused to ${doing}: ${message}`, {
      code: 'redis_error',
      cause: error,
    });
  }
  return new RedisUnavailableError(`Redis is unavailable (${message}); could not ${doing}.`, {
    cause: error,
  });
}

/** Runs a Redis operation and turns its failure into an SDK error (see `redisError`). */
export async function redisCall<T>(doing: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw redisError(error, doing);
  }
}
