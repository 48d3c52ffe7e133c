import { GrokImagineError } from './grok-imagine-error.ts';

/** One HTTP request took longer than its timeout. */
export class RequestTimeoutError extends GrokImagineError {
  override name = 'RequestTimeoutError' as const;
}
