import type { ProviderId } from '../provider/provider-id.ts';
import type { RequestType } from '../request/request-types.ts';
import { ticksToUsd } from './money.ts';
import type { PriceConfidence, PriceEntry } from './price-catalog.ts';

/** One line of a quote: a catalog entry times a quantity. */
export interface QuoteLine {
  /** Catalog entry id. */
  entryId: string;
  /** The entry's description. */
  description: string;
  /** How many units (images, seconds, requests). */
  quantity: number;
  /** The entry as priced. */
  entry: PriceEntry;
  /** quantity × unit price, exact ticks; absent when the price is unknown. */
  usdTicks?: number;
  /** quantity × unit credits. */
  credits?: number;
}

/** The price of one call before it is made. Amounts are exact integer ticks. */
export interface Quote {
  provider: ProviderId;
  type: RequestType;
  lines: QuoteLine[];
  /** Total in USD ticks; absent when any line's USD price is unknown. */
  usdTicks?: number;
  /** Total in dollars, for display; absent when unknown. */
  usd?: number;
  /** Total in credits, where the provider bills in credits. */
  credits?: number;
  /** The weakest confidence of its lines. */
  confidence: PriceConfidence;
  /** Caveats, e.g. "video-edit priced at the 8.7 s maximum input length". */
  notes: string[];
}

const rank: Record<PriceConfidence, number> = { documented: 2, inferred: 1, unknown: 0 };

/** Builds a quote line from a catalog entry and a quantity. */
export function quoteLine(entryId: string, entry: PriceEntry, quantity: number): QuoteLine {
  const line: QuoteLine = { entryId, description: entry.description, quantity, entry };
  if (entry.usdTicks !== undefined && entry.confidence !== 'unknown')
    line.usdTicks = Math.round(entry.usdTicks * quantity);
  if (entry.credits !== undefined) line.credits = entry.credits * quantity;
  return line;
}

/** Sums quote lines exactly. USD is unknown if any line lacks it; confidence is the weakest line's. */
export function buildQuote(
  provider: ProviderId,
  type: RequestType,
  lines: QuoteLine[],
  notes: string[] = [],
): Quote {
  const quote: Quote = { provider, type, lines, confidence: 'documented', notes };
  let ticks = 0;
  let credits = 0;
  let usdKnown = lines.length > 0;
  let creditsKnown = lines.length > 0;
  for (const line of lines) {
    if (rank[line.entry.confidence] < rank[quote.confidence]) quote.confidence = line.entry.confidence;
    if (line.usdTicks === undefined) usdKnown = false;
    else ticks += line.usdTicks;
    if (line.credits === undefined) creditsKnown = false;
    else credits += line.credits;
  }
  if (lines.length === 0) quote.confidence = 'unknown';
  if (usdKnown) {
    quote.usdTicks = ticks;
    quote.usd = ticksToUsd(ticks);
  }
  if (creditsKnown) quote.credits = credits;
  return quote;
}
