import {
  IMAGE_ASPECT_RATIOS,
  IMAGE_RESOLUTIONS,
  VIDEO_ASPECT_RATIOS,
  VIDEO_RESOLUTIONS,
} from '@grok-imagine/core';
import type { FieldRule, RequestType } from '@grok-imagine/core';

/** xAI's rate-limit families: image models and video models are limited apart. */
export type XaiFamily = 'image' | 'video';

/** How xAI serves one neutral request type: the endpoint, its rate-limit family and its field rules. */
export interface XaiEndpoint {
  /** Path under the base URL the create request goes to. */
  path:
    | '/images/generations'
    | '/images/edits'
    | '/videos/generations'
    | '/videos/edits'
    | '/videos/extensions';
  family: XaiFamily;
  /** What xAI accepts for each neutral field (core checks requests against it). */
  fields: Readonly<Record<string, FieldRule>>;
  notes?: readonly string[];
}

// The shared vocabularies minus what only one request type means: 'auto' (follow the source image)
// is an image-to-video choice, and 'auto' resolution is video-edit's.
const VIDEO_RATIOS = VIDEO_ASPECT_RATIOS.filter((ratio) => ratio !== 'auto');
const VIDEO_SIZES = VIDEO_RESOLUTIONS.filter((resolution) => resolution !== 'auto');
const TWO_SIZES = VIDEO_SIZES.filter((resolution) => resolution !== '1080p');

const imageFields = {
  n: { kind: 'range', min: 1, max: 10 },
  aspectRatio: { kind: 'enum', values: IMAGE_ASPECT_RATIOS },
  resolution: { kind: 'enum', values: IMAGE_RESOLUTIONS },
  format: { kind: 'ignored', reason: 'xAI picks the image format itself (usually JPEG)' },
  delivery: { kind: 'enum', values: ['url', 'data'] },
  quality: { kind: 'enum', values: ['standard', 'quality'] },
} as const satisfies Record<string, FieldRule>;

const videoFields = {
  duration: { kind: 'range', min: 1, max: 15, unit: 's' },
  aspectRatio: { kind: 'enum', values: VIDEO_RATIOS },
  resolution: { kind: 'enum', values: VIDEO_SIZES },
} as const satisfies Record<string, FieldRule>;

const NEEDS_VIDEO_URL = 'The source video must be a public URL xAI can fetch (no uploaded bytes).';
const RUNS_1080P = '1080p runs on grok-imagine-video-1.5 (chosen automatically; priced at its rates).';

/**
 * Every request type xAI serves, as data: `plan` takes the rate-limit family from it, `start` the
 * path, and the capabilities the field rules. Sources: the xAI document (`xai-grok-imagine.md`),
 * docs.x.ai's reference-to-video page (1–7 images, at most 10 s, up to 720p), video edits and
 * extensions as xAI's current API and the AI SDK send them.
 */
export const XAI_ENDPOINTS: Readonly<Record<RequestType, XaiEndpoint>> = Object.freeze({
  'text-to-image': { path: '/images/generations', family: 'image', fields: imageFields },
  'image-edit': {
    path: '/images/edits',
    family: 'image',
    fields: { ...imageFields, images: { kind: 'count', min: 1, max: 3 } },
    notes: [
      'xAI bills image edits for the input images as well as the outputs.',
      'With one source image the output keeps its aspect ratio: aspectRatio must be auto.',
    ],
  },
  'text-to-video': { path: '/videos/generations', family: 'video', fields: videoFields, notes: [RUNS_1080P] },
  'image-to-video': {
    path: '/videos/generations',
    family: 'video',
    // 'auto' leaves aspect_ratio out, so xAI follows the source image.
    fields: { ...videoFields, aspectRatio: { kind: 'enum', values: [...VIDEO_RATIOS, 'auto'] } },
    notes: [RUNS_1080P],
  },
  'reference-to-video': {
    path: '/videos/generations',
    family: 'video',
    fields: {
      ...videoFields,
      duration: { kind: 'range', min: 1, max: 10, unit: 's' },
      references: { kind: 'count', min: 1, max: 7 },
      resolution: { kind: 'enum', values: TWO_SIZES },
    },
    notes: [
      'Name the references in the prompt as @image1 … @image7; xAI receives them as <IMAGE_1> … <IMAGE_7>.',
    ],
  },
  'video-edit': {
    path: '/videos/edits',
    family: 'video',
    fields: {
      resolution: { kind: 'ignored', reason: 'the edit keeps the source video’s resolution, capped at 720p' },
    },
    notes: ['The source video may be at most 8.7 seconds long.', NEEDS_VIDEO_URL],
  },
  'video-extend': {
    path: '/videos/extensions',
    family: 'video',
    fields: { duration: { kind: 'range', min: 2, max: 10, unit: 's' } },
    notes: [
      'The source video must be 2–15 seconds long; duration is the length added.',
      'The extension keeps the source video’s aspect ratio and resolution, capped at 720p.',
      NEEDS_VIDEO_URL,
    ],
  },
});
