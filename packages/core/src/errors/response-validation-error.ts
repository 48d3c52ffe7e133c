import { GrokImagineError, type GrokImagineErrorOptions } from './grok-imagine-error.ts';

/** The provider answered with a body the SDK does not understand. */
export class ResponseValidationError extends GrokImagineError {
  static override readonly kind = 'response-validation' as const;
  override name = 'ResponseValidationError' as const;
  /** The body as the provider sent it (truncated to 2,000 characters). */
  readonly rawText: string;
  /** What did not match, one line per problem. */
  readonly issues: readonly string[];

  constructor(
    message: string,
    options: GrokImagineErrorOptions & { rawText: string; issues?: readonly string[] },
  ) {
    super(message, options);
    this.rawText = options.rawText.slice(0, 2000);
    this.issues = options.issues ?? [];
  }
}
