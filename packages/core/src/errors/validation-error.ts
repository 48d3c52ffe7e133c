import { GrokImagineError, type GrokImagineErrorOptions } from './grok-imagine-error.ts';

/** Where a ValidationError points. */
export interface ValidationErrorOptions extends GrokImagineErrorOptions {
  /** Dotted path of the offending field, e.g. `duration` or `images[1]`. */
  field: string;
  /** The value that was given (media bytes are summarised, never echoed). */
  value?: unknown;
  /** What is allowed, in words or as a list, e.g. `1–15` or `['480p', '720p']`. */
  allowed?: string | readonly (string | number)[] | undefined;
}

/** Bad input, found before any request was sent: names the field, the value and what is allowed. */
export class ValidationError extends GrokImagineError {
  static override readonly kind = 'validation' as const;
  override name = 'ValidationError' as const;
  /** Dotted path of the offending field. */
  readonly field: string;
  /** The value that was given. */
  readonly value: unknown;
  /** What is allowed for this field, on this provider when `provider` is set. */
  readonly allowed: string | readonly (string | number)[] | undefined;

  constructor(message: string, options: ValidationErrorOptions) {
    super(message, { code: 'invalid_request', ...options });
    this.field = options.field;
    this.value = options.value;
    this.allowed = options.allowed;
  }
}
