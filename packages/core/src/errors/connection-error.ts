import { GrokImagineError } from './grok-imagine-error.ts';

/** The provider could not be reached (DNS, refused or reset connection). */
export class ConnectionError extends GrokImagineError {
  override name = 'ConnectionError' as const;
}
