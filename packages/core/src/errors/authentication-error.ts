import { GrokImagineError } from './grok-imagine-error.ts';

/** The provider rejected the API key (HTTP 401). */
export class AuthenticationError extends GrokImagineError {
  override name = 'AuthenticationError' as const;
}
