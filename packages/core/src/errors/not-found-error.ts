import { GrokImagineError } from './grok-imagine-error.ts';

/** The job, model or endpoint does not exist (HTTP 404). */
export class NotFoundError extends GrokImagineError {
  override name = 'NotFoundError' as const;
}
