import { GrokImagineError } from './grok-imagine-error.ts';

/** The provider could not be reached (DNS, refused or reset connection). */
export class ConnectionError extends GrokImagineError {
  static override readonly kind = 'connection' as const;
  override name = 'ConnectionError' as const;
}
