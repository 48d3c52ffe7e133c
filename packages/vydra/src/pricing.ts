import {
  buildQuote,
  mergeCatalog,
  type PriceCatalog,
  type PriceEntry,
  type PriceOverrides,
  type Quote,
  quoteLine,
  type ReportedCost,
  type RequestType,
  usdToTicks,
} from '@grok-imagine/core';
import type { VydraRoute, VydraSubModel } from './routes.ts';

/** The Vydra page the shared provider document `vydra-grok-imagine.txt` was taken from. */
export const VYDRA_MODEL_PAGE = 'https://www.vydra.ai/docs/models/grok-imagine';
const AS_OF = '2026-11-22';

/** Where a documented price is written: the document, its section, and the sub-models it prices. */
export interface PriceCitation {
  /** The provider document (`vydra-grok-imagine.txt`, a copy of {@link VYDRA_MODEL_PAGE}). */
  document: string;
  /** The section of that document that states the price. */
  section: string;
  /** The sub-models whose listed credits this entry is. */
  subModels: readonly VydraSubModel[];
}

/** The citation of every `documented` entry of {@link VYDRA_PRICES}; a test checks each against the document. */
export const VYDRA_PRICE_CITATIONS: Readonly<Record<string, PriceCitation>> = {
  'image-request': {
    document: 'vydra-grok-imagine.txt',
    section: 'Sub-models & Credit Costs',
    subModels: ['text-to-image'],
  },
  'video-request': {
    document: 'vydra-grok-imagine.txt',
    section: 'Sub-models & Credit Costs',
    subModels: ['text-to-video', 'image-to-video'],
  },
};

/** An entry's `source`: the page, then the document, section and the rows that state the price. */
function citedSource(id: string, credits: number): string {
  const cite = VYDRA_PRICE_CITATIONS[id];
  if (!cite) return VYDRA_MODEL_PAGE;
  const rows = cite.subModels.map((model) => `${model} ${credits} credits`).join(', ');
  return `${VYDRA_MODEL_PAGE} (${cite.document}, "${cite.section}": ${rows})`;
}

function documented(id: string, description: string, credits: number): PriceEntry {
  return {
    description,
    unit: 'request',
    credits,
    source: citedSource(id, credits),
    asOf: AS_OF,
    confidence: 'documented',
  };
}

/**
 * Vydra's Grok Imagine prices, in credits per request, from the document's "Sub-models & Credit
 * Costs" section; each entry's `source` names the document, the section and the rows. Vydra bills
 * credits only, so no entry has a USD price: set `usdPerCredit`.
 */
export const VYDRA_PRICES: PriceCatalog = {
  'image-request': documented(
    'image-request',
    'Image request (text-to-image sub-model, also edits with image_url), per request',
    8,
  ),
  'video-request': documented(
    'video-request',
    'Video request (text-to-video or image-to-video sub-model, 1–15 s), per request',
    150,
  ),
};

/** The adapter's catalog and the figure it needs to price credits in dollars. */
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

/** Prices one request on its route from the catalog, without network. */
export function quoteVydra(pricing: VydraPricing, type: RequestType, route: VydraRoute, n: number): Quote {
  const entry = pricing.catalog[route.priceEntry] as PriceEntry;
  // Vydra answers one image per request, so n images would be n requests (capabilities allow n = 1).
  const line = quoteLine(route.priceEntry, entry, route.media === 'image' ? n : 1);
  const notes: string[] = [];
  if (line.usdTicks === undefined)
    notes.push('USD unknown: Vydra bills in credits; set usdPerCredit to price them in dollars.');
  else if (pricing.converted.has(route.priceEntry))
    notes.push(`USD converted from credits at your usdPerCredit of ${String(pricing.usdPerCredit)}.`);
  return buildQuote('vydra', type, [line], notes);
}

/**
 * The cost Vydra reported (`creditsCharged`), as the raw figure: core decides whether it is trusted.
 * Ticks are added only with `usdPerCredit`, and only for a finite figure, so a hostile value
 * (negative, `1e999` read as Infinity) reaches core's check unchanged and never throws here.
 */
export function reportedCost(credits: number, pricing: VydraPricing): ReportedCost {
  const cost: ReportedCost = { credits };
  if (pricing.ticksPerCredit !== undefined && Number.isFinite(credits))
    cost.usdTicks = Math.round(credits * pricing.ticksPerCredit);
  return cost;
}
