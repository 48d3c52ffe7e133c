import { ConnectionError, type GrokImagineErrorOptions } from '@grok-imagine/core';

/** The code every `RedisUnavailableError` carries (also readable as data: `error.code`). */
export const REDIS_UNAVAILABLE = 'redis_unavailable';

/**
 * Redis could not be reached (refused, reset, closed, still loading, read-only replica). A batch's
 * state is safe in Redis: work resumes when it is back, and nothing already submitted is sent again.
 * A `ConnectionError` with code `redis_unavailable`; `retryable` is always true.
 */
export class RedisUnavailableError extends ConnectionError {
  override name = 'RedisUnavailableError' as const;

  constructor(message: string, options: Omit<GrokImagineErrorOptions, 'code' | 'retryable'> = {}) {
    super(message, { ...options, code: REDIS_UNAVAILABLE, retryable: true });
  }

  /** True for a `RedisUnavailableError` from any installed copy (a `ConnectionError` with its code). */
  static override isInstance<T extends typeof ConnectionError>(this: T, value: unknown): value is InstanceType<T> {
    return ConnectionError.isInstance(value) && (value as { code?: unknown }).code === REDIS_UNAVAILABLE;
  }
}
