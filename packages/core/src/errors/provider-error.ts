import { GrokImagineError } from './grok-imagine-error.ts';

/** The provider failed (HTTP 5xx) or answered in a way the SDK cannot use. */
export class ProviderError extends GrokImagineError {
  static override readonly kind = 'provider' as const;
  override name = 'ProviderError' as const;
}
