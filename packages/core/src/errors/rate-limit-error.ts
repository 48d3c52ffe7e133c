import { GrokImagineError, type GrokImagineErrorOptions } from './grok-imagine-error.ts';

/** Too many requests (HTTP 429). */
export class RateLimitError extends GrokImagineError {
  static override readonly kind = 'rate-limit' as const;
  override name = 'RateLimitError' as const;
  /** How long the provider asked us to wait, from `Retry-After` / `retry-after-ms`, when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(
    message: string,
    options: GrokImagineErrorOptions & { retryAfterMs?: number | undefined } = {},
  ) {
    super(message, { retryable: true, ...options });
    this.retryAfterMs = options.retryAfterMs;
  }
}
