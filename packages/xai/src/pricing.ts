import { usdToTicks } from '@grok-imagine/core';
import type { PriceCatalog, PriceEntry } from '@grok-imagine/core';

const AS_OF = '2026-11-22';
const PRICING_PAGE = 'https://docs.x.ai/developers/pricing';
const IMAGES_PAGE = 'https://docs.x.ai/developers/model-capabilities/images';
const PROVIDER_FACTS = 'DESIGN.md provider facts';

function entry(
  description: string,
  unit: PriceEntry['unit'],
  usd: string,
  source: string,
  confidence: PriceEntry['confidence'],
): PriceEntry {
  return { description, unit, usdTicks: usdToTicks(usd), source, asOf: AS_OF, confidence };
}

/**
 * xAI's prices as data, keyed by entry id. Override any entry through `XaiConfig.prices`.
 *
 * - Image prices per model are on xAI's pricing page.
 * - xAI bills image edits for the input images too; their price is not published, so they are
 *   priced like a standard output image (inferred).
 * - xAI publishes one video rate ($0.05/s); the 720p and video-1.5 rates are inferred.
 */
export const XAI_PRICES: PriceCatalog = Object.freeze({
  image: entry('Image, grok-imagine-image, per image', 'image', '0.02', PRICING_PAGE, 'documented'),
  'image-pro': entry('Image, grok-imagine-image-pro, per image', 'image', '0.07', PRICING_PAGE, 'documented'),
  'image-quality': entry(
    'Image, grok-imagine-image-quality, per image',
    'image',
    '0.05',
    PRICING_PAGE,
    'documented',
  ),
  'image-edit-input': entry('Image edit, per input image', 'image', '0.02', IMAGES_PAGE, 'inferred'),
  'video-480p': entry(
    'Video, grok-imagine-video, 480p, per second',
    'second',
    '0.05',
    PRICING_PAGE,
    'documented',
  ),
  'video-720p': entry(
    'Video, grok-imagine-video, 720p, per second',
    'second',
    '0.07',
    PROVIDER_FACTS,
    'inferred',
  ),
  'video-1.5-480p': entry(
    'Video, grok-imagine-video-1.5, 480p, per second',
    'second',
    '0.08',
    PROVIDER_FACTS,
    'inferred',
  ),
  'video-1.5-720p': entry(
    'Video, grok-imagine-video-1.5, 720p, per second',
    'second',
    '0.14',
    PROVIDER_FACTS,
    'inferred',
  ),
  'video-1.5-1080p': entry(
    'Video, grok-imagine-video-1.5, 1080p, per second',
    'second',
    '0.25',
    PROVIDER_FACTS,
    'inferred',
  ),
});

/** The catalog entry of each known image model. */
export const XAI_IMAGE_MODEL_PRICES: Readonly<Record<string, string>> = Object.freeze({
  'grok-imagine-image': 'image',
  'grok-imagine-image-pro': 'image-pro',
  'grok-imagine-image-quality': 'image-quality',
});

/** Longest source video xAI's video edit takes, in seconds; edits are quoted at this length. */
export const XAI_MAX_EDIT_INPUT_SECONDS = 8.7;
