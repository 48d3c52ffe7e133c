import { GrokImagineError } from './grok-imagine-error.ts';

/** The caller aborted the operation through its AbortSignal. */
export class AbortedError extends GrokImagineError {
  static override readonly kind = 'aborted' as const;
  override name = 'AbortedError' as const;
}
