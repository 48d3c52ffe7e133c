import { GrokImagineError } from './grok-imagine-error.ts';

/** The provider rejected the API key (HTTP 401). */
export class AuthenticationError extends GrokImagineError {
  static override readonly kind = 'authentication' as const;
  override name = 'AuthenticationError' as const;
}
