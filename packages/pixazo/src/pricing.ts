import { type PriceCatalog, type PriceEntry, type PriceUnit, usdToTicks } from '@grok-imagine/core';

/** Where Pixazo publishes its Grok Imagine pages (the three documents the catalog is read from). */
export const PIXAZO_PRICE_SOURCE = 'https://www.pixazo.ai/models/grok-imagine';

/** The date the documents' prices were read. */
export const PIXAZO_PRICES_AS_OF = '2026-11-22';

/** Where in Pixazo's documents a documented price stands: document, pricing section, table row. */
export interface PixazoPriceCitation {
  /** The document's name, as saved from Pixazo's pages. */
  document: string;
  /** The heading of its pricing section. */
  section: string;
  /** The first cell of the row the price is in. */
  row: string;
}

const VIDEO_DOC = 'pixazo-grok-imagine-video.txt';
const t2v = 'Grok Imagine Video v1 Text to Video API Pricing';
const i2v = 'Grok Imagine Video v1 Image to Video API Pricing';
const edit = 'Grok Imagine Video v1 Video to Video (Video Editing) API Pricing';
const ref = 'Grok Imagine Video v1 Reference to Video (Ref Images to Video) API Pricing';
const at = (section: string, row: string): PixazoPriceCitation => ({ document: VIDEO_DOC, section, row });

/** The citation of every `documented` entry of `PIXAZO_PRICES`; a test checks each against the text. */
export const PIXAZO_PRICE_CITATIONS: Readonly<Record<string, PixazoPriceCitation>> = {
  'grok-imagine-video-text-to-video/480p': at(t2v, '480p / per second'),
  'grok-imagine-video-text-to-video/720p': at(t2v, '720p / per second'),
  'grok-imagine-video-image-to-video/480p': at(i2v, '480p / per second'),
  'grok-imagine-video-image-to-video/720p': at(i2v, '720p / per second'),
  // The reference-to-video section lists 720p as well as 480p (480p is only the endpoint's default).
  'grok-imagine-video-reference-to-video/480p': at(ref, '480p / per second'),
  'grok-imagine-video-reference-to-video/720p': at(ref, '720p / per second'),
  'grok-imagine-video-edit-video/480p': at(edit, '480p / per second'),
  'grok-imagine-video-edit-video/720p': at(edit, '720p / per second'),
};

function documented(id: string, description: string, usd: string): [string, PriceEntry] {
  const cite = PIXAZO_PRICE_CITATIONS[id]!;
  return [
    id,
    {
      description,
      unit: 'second',
      usdTicks: usdToTicks(usd),
      source: `${PIXAZO_PRICE_SOURCE} (${cite.document}, "${cite.section}": ${cite.row} $${usd})`,
      asOf: PIXAZO_PRICES_AS_OF,
      confidence: 'documented',
    },
  ];
}

// Without a published figure an entry carries no price until a user sets one in config; `why` says
// what the documents show instead.
function unknown(id: string, description: string, unit: PriceUnit, why: string): [string, PriceEntry] {
  return [
    id,
    {
      description,
      unit,
      source: `${PIXAZO_PRICE_SOURCE} (${why})`,
      asOf: PIXAZO_PRICES_AS_OF,
      confidence: 'unknown',
    },
  ];
}

const IMAGE_PRO = 'pixazo-grok-imagine-image-pro.txt, "Grok Imagine Image API Pricing": No data available';
const NO_SECTION = 'pixazo-grok-imagine-api.txt has no pricing section for this endpoint';

/**
 * Pixazo's Grok Imagine prices, keyed `<endpoint id>/<variant>`. The per-second video prices are
 * documented (each cites its section in `PIXAZO_PRICE_CITATIONS`); the image endpoints and
 * `grok-imagine-video` (720p/1080p) have no published price. Override any entry in the config's `prices`.
 */
export const PIXAZO_PRICES: PriceCatalog = Object.fromEntries([
  unknown('grok-imagine-api-641/image', 'Image, grok-imagine-api-641, per image', 'image', NO_SECTION),
  unknown(
    'grok-imagine-pro-text-to-image-quality/1k',
    'Image, Pro quality, 1k, per image',
    'image',
    IMAGE_PRO,
  ),
  unknown(
    'grok-imagine-pro-text-to-image-quality/2k',
    'Image, Pro quality, 2k, per image',
    'image',
    IMAGE_PRO,
  ),
  unknown(
    'grok-imagine-pro-edit-quality/1k',
    'Image edit, Pro quality, 1k, per output image',
    'image',
    IMAGE_PRO,
  ),
  unknown(
    'grok-imagine-pro-edit-quality/2k',
    'Image edit, Pro quality, 2k, per output image',
    'image',
    IMAGE_PRO,
  ),
  unknown('grok-imagine-video/720p', 'Video, grok-imagine-video, 720p, per second', 'second', NO_SECTION),
  unknown('grok-imagine-video/1080p', 'Video, grok-imagine-video, 1080p, per second', 'second', NO_SECTION),
  documented('grok-imagine-video-text-to-video/480p', 'Text to video, 480p, per second', '0.05'),
  documented('grok-imagine-video-text-to-video/720p', 'Text to video, 720p, per second', '0.07'),
  documented('grok-imagine-video-image-to-video/480p', 'Image to video, 480p, per second', '0.05'),
  documented('grok-imagine-video-image-to-video/720p', 'Image to video, 720p, per second', '0.07'),
  documented('grok-imagine-video-reference-to-video/480p', 'Reference to video, 480p, per second', '0.05'),
  documented('grok-imagine-video-reference-to-video/720p', 'Reference to video, 720p, per second', '0.07'),
  documented('grok-imagine-video-edit-video/480p', 'Video edit, 480p, per second', '0.06'),
  documented('grok-imagine-video-edit-video/720p', 'Video edit, 720p, per second', '0.08'),
]);
