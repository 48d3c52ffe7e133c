import type { JobWarning, PriceConfidence, ProviderId, Quote } from '@grok-imagine/core';

/** One provider's answer to "what would this request cost here?". */
export interface CompareRow {
  provider: ProviderId;
  /** Whether the provider can take the request as given. */
  supported: boolean;
  /** Why not, when unsupported: the capability check's message (names field, value and what is allowed). */
  reason?: string;
  /** The full quote, with line items, when supported. */
  quote?: Quote;
  /** Total in dollars, when the price is known in USD. */
  usd?: number;
  /** Exact total in USD ticks (1e-10 USD), when known. */
  usdTicks?: number;
  /** Total in provider credits (Vydra). */
  credits?: number;
  /** The weakest confidence of the quote's prices; `unknown` for unsupported rows. */
  confidence: PriceConfidence;
  /** Where the prices come from (URLs or document names), without repeats. */
  sources: string[];
  /**
   * The warnings the job would carry here: fields this provider ignores, a default it resolves to
   * another value, and values that rely on a range the provider does not document (Pixazo's
   * grok-imagine-api-641: a ratio beyond its "common values", more than one image).
   */
  warnings: JobWarning[];
}
