import {
  buildQuote,
  type PriceCatalog,
  type PriceEntry,
  type PriceUnit,
  type Quote,
  quoteLine,
  usdToTicks,
} from '@grok-imagine/core';
import { type RoutableRequest, selectEndpoint } from './routing.ts';

/** Where Pixazo documents its Grok Imagine prices. */
export const PIXAZO_PRICE_SOURCE = 'https://www.pixazo.ai/models/grok-imagine';

/** The date the documents' prices were read. */
export const PIXAZO_PRICES_AS_OF = '2026-11-22';

/** Longest source video xAI's video editing takes; a video-edit quote assumes it (Pixazo states no length). */
export const VIDEO_EDIT_MAX_SECONDS = 8.7;

function documented(description: string, usd: string): PriceEntry {
  return {
    description,
    unit: 'second',
    usdTicks: usdToTicks(usd),
    source: PIXAZO_PRICE_SOURCE,
    asOf: PIXAZO_PRICES_AS_OF,
    confidence: 'documented',
  };
}

// The documents say "No data available" for images and give no figure for the 1080p endpoint:
// these entries carry no price until a user sets one in config.
function unknown(description: string, unit: PriceUnit): PriceEntry {
  return { description, unit, source: PIXAZO_PRICE_SOURCE, asOf: PIXAZO_PRICES_AS_OF, confidence: 'unknown' };
}

/**
 * Pixazo's Grok Imagine prices, keyed `<endpoint id>/<variant>`. Video prices are documented per
 * second; image prices and the `grok-imagine-video` (1080p) endpoint are unknown. Override any entry
 * through the config's `prices`.
 */
export const PIXAZO_PRICES: PriceCatalog = {
  'grok-imagine-api-641/image': unknown('Image, grok-imagine-api-641, per image', 'image'),
  'grok-imagine-pro-text-to-image-quality/1k': unknown('Image, Pro quality, 1k, per image', 'image'),
  'grok-imagine-pro-text-to-image-quality/2k': unknown('Image, Pro quality, 2k, per image', 'image'),
  'grok-imagine-pro-edit-quality/1k': unknown('Image edit, Pro quality, 1k, per output image', 'image'),
  'grok-imagine-pro-edit-quality/2k': unknown('Image edit, Pro quality, 2k, per output image', 'image'),
  'grok-imagine-video/720p': unknown('Video, grok-imagine-video, 720p, per second', 'second'),
  'grok-imagine-video/1080p': unknown('Video, grok-imagine-video, 1080p, per second', 'second'),
  'grok-imagine-video-text-to-video/480p': documented('Text to video, 480p, per second', '0.05'),
  'grok-imagine-video-text-to-video/720p': documented('Text to video, 720p, per second', '0.07'),
  'grok-imagine-video-image-to-video/480p': documented('Image to video, 480p, per second', '0.05'),
  'grok-imagine-video-image-to-video/720p': documented('Image to video, 720p, per second', '0.07'),
  'grok-imagine-video-reference-to-video/480p': documented('Reference to video, 480p, per second', '0.05'),
  'grok-imagine-video-reference-to-video/720p': documented('Reference to video, 720p, per second', '0.07'),
  'grok-imagine-video-edit-video/480p': documented('Video edit, 480p, per second', '0.06'),
  'grok-imagine-video-edit-video/720p': documented('Video edit, 720p, per second', '0.08'),
};

function priceLine(request: RoutableRequest, endpointId: string, notes: string[]) {
  switch (request.type) {
    case 'text-to-image':
    case 'image-edit':
      // The 641 endpoint has no resolution tier; the Pro endpoints price 1k and 2k apart.
      return {
        entryId: `${endpointId}/${endpointId === 'grok-imagine-api-641' ? 'image' : request.resolution}`,
        quantity: request.n,
      };
    case 'video-edit': {
      if (request.resolution === 'auto')
        notes.push('video-edit resolution auto is priced at 720p, the most it can be.');
      notes.push(
        `video-edit is priced at the ${VIDEO_EDIT_MAX_SECONDS} s maximum source length (the source length is not known before the call).`,
      );
      const resolution = request.resolution === 'auto' ? '720p' : request.resolution;
      return { entryId: `${endpointId}/${resolution}`, quantity: VIDEO_EDIT_MAX_SECONDS };
    }
    case 'video-extend':
      // Not reached: routing rejects video-extend before pricing.
      return { entryId: `${endpointId}/unsupported`, quantity: request.duration };
    default:
      return { entryId: `${endpointId}/${request.resolution}`, quantity: request.duration };
  }
}

/**
 * Prices a request from the catalog, without network: the routed endpoint's entry times images or
 * seconds. An entry without a price gives a quote without `usd` and confidence `unknown` — never an
 * invented figure. Throws like routing for a request Pixazo cannot run.
 */
export function quotePixazoRequest(request: RoutableRequest, catalog: PriceCatalog): Quote {
  const endpoint = selectEndpoint(request);
  const notes: string[] = [];
  const { entryId, quantity } = priceLine(request, endpoint.id, notes);
  const entry = catalog[entryId] ?? unknown(`${endpoint.id} (no catalog entry)`, 'request');
  const line = quoteLine(entryId, entry, quantity);
  if (line.usdTicks === undefined)
    notes.push(
      `Pixazo documents no price for ${endpoint.id} ("No data available"); set prices['${entryId}'] in the Pixazo config to quote it.`,
    );
  return buildQuote('pixazo', request.type, [line], notes);
}
