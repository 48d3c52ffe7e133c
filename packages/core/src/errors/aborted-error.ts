import { GrokImagineError } from './grok-imagine-error.ts';

/** The caller aborted the operation through its AbortSignal. */
export class AbortedError extends GrokImagineError {
  override name = 'AbortedError' as const;
}
