import { GrokImagineError, type GrokImagineErrorOptions } from './grok-imagine-error.ts';

/** The account has no balance or credits left for this call (HTTP 402). */
export class InsufficientCreditsError extends GrokImagineError {
  static override readonly kind = 'insufficient-credits' as const;
  override name = 'InsufficientCreditsError' as const;
  /** Credits the call needed, when the provider said (Vydra). */
  readonly creditsRequired: number | undefined;
  /** Credits left on the account, when the provider said (Vydra). */
  readonly creditsRemaining: number | undefined;

  constructor(
    message: string,
    options: GrokImagineErrorOptions & {
      creditsRequired?: number | undefined;
      creditsRemaining?: number | undefined;
    } = {},
  ) {
    super(message, options);
    this.creditsRequired = options.creditsRequired;
    this.creditsRemaining = options.creditsRemaining;
  }
}
