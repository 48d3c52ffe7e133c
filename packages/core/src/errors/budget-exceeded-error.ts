import type { Quote } from '../pricing/quote.ts';
import { GrokImagineError, type GrokImagineErrorOptions } from './grok-imagine-error.ts';

/** A call was refused before submitting because its quote exceeds the configured budget. */
export class BudgetExceededError extends GrokImagineError {
  static override readonly kind = 'budget' as const;
  override name = 'BudgetExceededError' as const;
  /** The quote that was refused. */
  readonly quote: Quote | undefined;
  /** Which limit was hit: per call or in total. */
  readonly limit: 'maxUsdPerCall' | 'maxUsdTotal' | undefined;

  constructor(
    message: string,
    options: GrokImagineErrorOptions & {
      quote?: Quote | undefined;
      limit?: 'maxUsdPerCall' | 'maxUsdTotal';
    } = {},
  ) {
    super(message, { code: 'budget_exceeded', ...options });
    this.quote = options.quote;
    this.limit = options.limit;
  }
}
