import { GrokImagineError, type GrokImagineErrorOptions } from '@grok-imagine/core';

/** The code every `RedisUnavailableError` carries (also readable as data: `error.code`). */
export const REDIS_UNAVAILABLE = 'redis_unavailable';

/**
 * Redis could not be reached (refused, reset, closed, still loading, read-only replica). A batch's
 * state is safe in Redis: work resumes when it is back, and nothing already submitted is sent again.
 * Its kind is `connection` (so `ConnectionError.isInstance` is true too), its code
 * `redis_unavailable`, and `retryable` is always true.
 */
export class RedisUnavailableError extends GrokImagineError {
  static override readonly kind = 'connection' as const;
  override name = 'RedisUnavailableError' as const;

  constructor(message: string, options: Omit<GrokImagineErrorOptions, 'code' | 'retryable'> = {}) {
    super(message, { ...options, code: REDIS_UNAVAILABLE, retryable: true });
  }

  /** True for a `RedisUnavailableError` from any installed copy: a connection error with its code. */
  static isRedisUnavailable(value: unknown): value is RedisUnavailableError {
    return (
      GrokImagineError.isInstance(value) && value.kind === 'connection' && value.code === REDIS_UNAVAILABLE
    );
  }
}
