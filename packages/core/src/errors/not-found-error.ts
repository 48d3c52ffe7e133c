import { GrokImagineError } from './grok-imagine-error.ts';

/** The job, model or endpoint does not exist (HTTP 404). */
export class NotFoundError extends GrokImagineError {
  static override readonly kind = 'not-found' as const;
  override name = 'NotFoundError' as const;
}
