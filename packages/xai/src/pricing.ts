import { usdToTicks } from '@grok-imagine/core';
import type { PriceCatalog, PriceEntry } from '@grok-imagine/core';
import { citedSource, XAI_PRICE_CITATIONS } from './price-citations.ts';

const AS_OF = '2026-11-22';
const MODELS_PAGE =
  'https://docs.x.ai/developers/models (Imagine pricing), not in the shared provider documents';
const EDIT_BILLING =
  'provider-docs/xai-grok-imagine.md § Key Constraints › Images ("Image editing charges for both input and output images"; no input price given)';
const DESIGN_INFERRED = 'DESIGN.md § Provider facts beyond the documents (marked inferred there)';

function entry(description: string, unit: PriceEntry['unit'], usd: string, source: string): PriceEntry {
  return { description, unit, usdTicks: usdToTicks(usd), source, asOf: AS_OF, confidence: 'inferred' };
}

function documented(
  id: keyof typeof XAI_PRICE_CITATIONS,
  description: string,
  unit: PriceEntry['unit'],
  usd: string,
) {
  return {
    ...entry(description, unit, usd, citedSource(XAI_PRICE_CITATIONS[id] ?? [])),
    confidence: 'documented' as const,
  };
}

/**
 * xAI's prices as data, keyed by entry id. Override any entry through `XaiConfig.prices`.
 *
 * - `documented`: the standard image ($0.02) and the 480p video second ($0.05), each citing the
 *   shared documents that state it (`XAI_PRICE_CITATIONS`; a test checks the text).
 * - `inferred`, with why: the pro and quality image tiers (read on xAI's models page; no shared
 *   document states them); the input images of an edit (the xAI document says they are charged, not
 *   at what price, so they are priced like a standard image); the 720p and video-1.5 rates (the
 *   design notes mark them inferred).
 */
export const XAI_PRICES: PriceCatalog = Object.freeze({
  image: documented('image', 'Image, grok-imagine-image, per image', 'image', '0.02'),
  'image-pro': entry('Image, grok-imagine-image-pro, per image', 'image', '0.07', MODELS_PAGE),
  'image-quality': entry('Image, grok-imagine-image-quality, per image', 'image', '0.05', MODELS_PAGE),
  'image-edit-input': entry('Image edit, per input image', 'image', '0.02', EDIT_BILLING),
  'video-480p': documented('video-480p', 'Video, grok-imagine-video, 480p, per second', 'second', '0.05'),
  'video-720p': entry('Video, grok-imagine-video, 720p, per second', 'second', '0.07', DESIGN_INFERRED),
  'video-1.5-480p': entry(
    'Video, grok-imagine-video-1.5, 480p, per second',
    'second',
    '0.08',
    DESIGN_INFERRED,
  ),
  'video-1.5-720p': entry(
    'Video, grok-imagine-video-1.5, 720p, per second',
    'second',
    '0.14',
    DESIGN_INFERRED,
  ),
  'video-1.5-1080p': entry(
    'Video, grok-imagine-video-1.5, 1080p, per second',
    'second',
    '0.25',
    DESIGN_INFERRED,
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
