import {
  buildQuote,
  type JobCost,
  type MediaInput,
  mergeCatalog,
  type NormalizedRequest,
  type PriceCatalog,
  type PriceEntry,
  type PriceOverrides,
  type Quote,
  quoteLine,
  type ResolvedMedia,
  ticksToUsd,
  UnsupportedError,
  usdToTicks,
} from '@grok-imagine/core';

const SOURCE = 'https://www.vydra.ai/';
const AS_OF = '2026-11-22';

/**
 * Vydra's documented Grok Imagine prices, in credits per request ("8–150 per request"). Vydra bills
 * credits only, so no entry has a USD price: set `usdPerCredit` to see dollars.
 */
export const VYDRA_PRICES: PriceCatalog = {
  'image-request': {
    description: 'Image request (text-to-image or one-image edit), per request',
    unit: 'request',
    credits: 8,
    source: SOURCE,
    asOf: AS_OF,
    confidence: 'documented',
  },
  'video-request': {
    description: 'Video request (text-to-video or image-to-video, 1–15 s), per request',
    unit: 'request',
    credits: 150,
    source: SOURCE,
    asOf: AS_OF,
    confidence: 'documented',
  },
};

/** The adapter's catalog and the figures it needs to price credits in dollars. */
export interface VydraPricing {
  catalog: PriceCatalog;
  /** Ticks per credit from the user's `usdPerCredit`; `undefined` when the user gave none. */
  ticksPerCredit: number | undefined;
  /** The user's figure as given, for notes. */
  usdPerCredit: number | string | undefined;
  /** Entries whose USD price was converted from credits (rather than set by an override). */
  converted: ReadonlySet<string>;
}

/**
 * Builds the catalog in force: overrides merged, then — only when the user gave `usdPerCredit` —
 * each entry without its own USD price gets `credits × usdPerCredit`, exact in ticks. The entry keeps
 * its confidence: the credit price is Vydra's, the rate is the user's own (a quote note says so).
 */
export function createVydraPricing(
  overrides: PriceOverrides | undefined,
  usdPerCredit: number | string | undefined,
  today: string,
): VydraPricing {
  const merged = mergeCatalog(VYDRA_PRICES, overrides, today);
  const ticksPerCredit = usdPerCredit === undefined ? undefined : usdToTicks(usdPerCredit);
  const converted = new Set<string>();
  if (ticksPerCredit === undefined) return { catalog: merged, ticksPerCredit, usdPerCredit, converted };
  const catalog: Record<string, PriceEntry> = {};
  for (const [id, entry] of Object.entries(merged)) {
    if (entry.usdTicks !== undefined || entry.credits === undefined) {
      catalog[id] = entry;
      continue;
    }
    catalog[id] = { ...entry, usdTicks: Math.round(entry.credits * ticksPerCredit) };
    converted.add(id);
  }
  return { catalog, ticksPerCredit, usdPerCredit, converted };
}

/** Prices a request from the catalog, without network. */
export function quoteVydra(
  pricing: VydraPricing,
  request: NormalizedRequest<MediaInput | ResolvedMedia>,
): Quote {
  if (
    request.type !== 'text-to-image' &&
    request.type !== 'image-edit' &&
    request.type !== 'text-to-video' &&
    request.type !== 'image-to-video'
  ) {
    throw new UnsupportedError(`vydra does not support ${request.type} requests, so it has no price.`, {
      provider: 'vydra',
      code: 'unsupported_request_type',
    });
  }
  const isImage = request.type === 'text-to-image' || request.type === 'image-edit';
  const entryId = isImage ? 'image-request' : 'video-request';
  // Vydra answers one image per request, so n images would be n requests.
  const line = quoteLine(entryId, pricing.catalog[entryId]!, isImage ? request.n : 1);
  const notes: string[] = [];
  if (line.usdTicks === undefined)
    notes.push('USD unknown: Vydra bills in credits; set usdPerCredit to price them in dollars.');
  else if (pricing.converted.has(entryId))
    notes.push(`USD converted from credits at your usdPerCredit of ${String(pricing.usdPerCredit)}.`);
  return buildQuote('vydra', request.type, [line], notes);
}

/** The cost Vydra reported (`creditsCharged`), in dollars too when `usdPerCredit` is known. */
export function reportedCost(credits: number, pricing: VydraPricing): JobCost {
  const cost: JobCost = { credits, basis: 'reported' };
  if (pricing.ticksPerCredit !== undefined) {
    cost.usdTicks = Math.round(credits * pricing.ticksPerCredit);
    cost.usd = ticksToUsd(cost.usdTicks);
  }
  return cost;
}
