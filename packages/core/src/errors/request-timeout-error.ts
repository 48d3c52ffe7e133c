import { GrokImagineError } from './grok-imagine-error.ts';

/** One HTTP request took longer than its timeout. */
export class RequestTimeoutError extends GrokImagineError {
  static override readonly kind = 'timeout' as const;
  override name = 'RequestTimeoutError' as const;
}
