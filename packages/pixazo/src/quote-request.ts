import {
  buildQuote,
  type MediaInput,
  type NormalizedRequest,
  type PriceCatalog,
  type Quote,
  quoteLine,
  type ResolvedMedia,
} from '@grok-imagine/core';
import type { PixazoEndpoint } from './endpoints.ts';
import { PIXAZO_PRICE_SOURCE, PIXAZO_PRICES_AS_OF } from './pricing.ts';

/** Longest source video xAI's video editing takes; a video-edit quote assumes it (Pixazo states no length). */
export const VIDEO_EDIT_MAX_SECONDS = 8.7;

type PricedRequest = NormalizedRequest<MediaInput | ResolvedMedia>;

function priceLine(request: PricedRequest, endpoint: PixazoEndpoint, notes: string[]) {
  switch (request.type) {
    case 'text-to-image':
    case 'image-edit':
      // The 641 endpoint has no resolution tier; the Pro endpoints price 1k and 2k apart.
      return {
        entryId: `${endpoint.id}/${endpoint.id === 'grok-imagine-api-641' ? 'image' : request.resolution}`,
        quantity: request.n,
      };
    case 'video-edit': {
      if (request.resolution === 'auto')
        notes.push('video-edit resolution auto is priced at 720p, the most it can be.');
      notes.push(
        `video-edit is priced at the ${VIDEO_EDIT_MAX_SECONDS} s maximum source length (the source length is not known before the call).`,
      );
      const resolution = request.resolution === 'auto' ? '720p' : request.resolution;
      return { entryId: `${endpoint.id}/${resolution}`, quantity: VIDEO_EDIT_MAX_SECONDS };
    }
    case 'video-extend':
      // Not reached: no endpoint serves video-extend, so no plan gets here.
      return { entryId: `${endpoint.id}/unsupported`, quantity: request.duration };
    default:
      return { entryId: `${endpoint.id}/${request.resolution}`, quantity: request.duration };
  }
}

/**
 * Prices a request on the endpoint its plan chose, from the catalog, without network: the entry
 * times images or seconds. An entry without a price gives a quote without `usd` and confidence
 * `unknown` — never an invented figure — and a note saying how to set one.
 */
export function quotePixazoRequest(
  request: PricedRequest,
  endpoint: PixazoEndpoint,
  catalog: PriceCatalog,
): Quote {
  const notes: string[] = [];
  const { entryId, quantity } = priceLine(request, endpoint, notes);
  const entry = catalog[entryId] ?? {
    description: `${endpoint.id} (no catalog entry)`,
    unit: 'request',
    source: PIXAZO_PRICE_SOURCE,
    asOf: PIXAZO_PRICES_AS_OF,
    confidence: 'unknown',
  };
  const line = quoteLine(entryId, entry, quantity);
  if (line.usdTicks === undefined)
    notes.push(
      `Pixazo publishes no price for ${entryId}; set prices['${entryId}'] in the Pixazo config to quote it.`,
    );
  return buildQuote('pixazo', request.type, [line], notes);
}
