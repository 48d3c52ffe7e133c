import { GrokImagineError } from './grok-imagine-error.ts';

/** The provider cannot do what was asked (a request type, a field in strict mode, cancel, bytes without an upload hook). */
export class UnsupportedError extends GrokImagineError {
  static override readonly kind = 'unsupported' as const;
  override name = 'UnsupportedError' as const;
}
