import type { FieldRule, ProviderCapabilities } from '@grok-imagine/core';
import { VYDRA_MAX_CONCURRENT_JOBS } from './limits.ts';

/** The seven aspect ratios Vydra documents for Grok Imagine. */
export const VYDRA_ASPECT_RATIOS = ['16:9', '9:16', '4:3', '3:4', '1:1', '3:2', '2:3'] as const;

/** Longest prompt Vydra accepts, in characters. */
export const VYDRA_MAX_PROMPT_LENGTH = 5000;

const prompt: FieldRule = { kind: 'maxLength', max: VYDRA_MAX_PROMPT_LENGTH };
const ratios: FieldRule = { kind: 'enum', values: VYDRA_ASPECT_RATIOS };
// `auto` is sent as "no aspect_ratio", so Vydra follows the source image.
const ratiosOrAuto: FieldRule = { kind: 'enum', values: [...VYDRA_ASPECT_RATIOS, 'auto'] };
const duration: FieldRule = { kind: 'range', min: 1, max: 15, unit: 'seconds' };

const imageFields = {
  prompt,
  // One request, one image: Vydra's answer carries a single `imageUrl`.
  n: { kind: 'range', min: 1, max: 1 },
  resolution: { kind: 'ignored', reason: 'Vydra takes no image resolution' },
  format: { kind: 'ignored', reason: 'Vydra takes no output format' },
  quality: { kind: 'ignored', reason: 'Vydra offers one image model tier' },
  // Results are URLs only; there is no inline (base64) delivery.
  delivery: { kind: 'enum', values: ['url'] },
} satisfies Record<string, FieldRule>;

const videoIgnoredResolution: FieldRule = {
  kind: 'ignored',
  reason: 'Vydra takes no video resolution; it renders at its own default',
};

/**
 * What Vydra's Grok Imagine endpoint can do, as data. Images are text-to-image and one-image edits
 * (`text-to-image` with `image_url`); videos are text-to-video and image-to-video, 1–15 s. There is no
 * reference-to-video, video edit or extension. Media must be URLs (`inlineMedia: false`): bytes go
 * through the `uploadMedia` hook. Cancel is `DELETE /jobs/{id}`; webhooks are Vydra's `webhookUrl`.
 */
export const VYDRA_CAPABILITIES: ProviderCapabilities = {
  types: {
    'text-to-image': { fields: { ...imageFields, aspectRatio: ratios } },
    'image-edit': {
      fields: { ...imageFields, aspectRatio: ratiosOrAuto, images: { kind: 'count', min: 1, max: 1 } },
      notes: ['An edit takes exactly one source image (sent as text-to-image with image_url).'],
    },
    'text-to-video': {
      fields: { prompt, duration, aspectRatio: ratios, resolution: videoIgnoredResolution },
      notes: ['Priced per request (150 credits), whatever the duration.'],
    },
    'image-to-video': {
      fields: { prompt, duration, aspectRatio: ratiosOrAuto, resolution: videoIgnoredResolution },
      notes: ['Priced per request (150 credits), whatever the duration.'],
    },
  },
  cancel: true,
  webhooks: true,
  inlineMedia: false,
  // Free plan; `applyRateLimits()` reads the account's real plan.
  maxConcurrentJobs: VYDRA_MAX_CONCURRENT_JOBS,
};
