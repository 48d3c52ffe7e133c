/** How sure the SDK is of a price. */
export type PriceConfidence = 'documented' | 'inferred' | 'unknown';

/** What one price is per. */
export type PriceUnit = 'image' | 'second' | 'request';

/** One price in a provider's catalog. */
export interface PriceEntry {
  /** What it is, in words: "Video, 720p, per second". */
  description: string;
  /** Unit the price is per. */
  unit: PriceUnit;
  /** Price per unit in USD ticks (1e-10 USD); absent when unknown. */
  usdTicks?: number;
  /** Price per unit in provider credits (Vydra). */
  credits?: number;
  /** Where the number comes from (URL or document name). */
  source: string;
  /** Date the price was read, `YYYY-MM-DD`. */
  asOf: string;
  /** `documented` in the provider's docs, `inferred` from elsewhere, or `unknown`. */
  confidence: PriceConfidence;
}

/** A provider's price list, keyed by entry id (e.g. `video-720p`). */
export type PriceCatalog = Readonly<Record<string, PriceEntry>>;

/** A user's change to one catalog entry: a dollar figure (`usd`) and/or credits, plus optional source. */
export interface PriceOverride {
  /** Dollars per unit; a string (`'0.07'`) is read exactly. */
  usd?: number | string;
  /** Credits per unit. */
  credits?: number;
  /** Where the user's figure comes from; defaults to `config`. */
  source?: string;
  /** Date of the figure; defaults to today. */
  asOf?: string;
}

/** Overrides by catalog entry id. */
export type PriceOverrides = Readonly<Record<string, PriceOverride>>;
