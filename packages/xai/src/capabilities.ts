import { IMAGE_ASPECT_RATIOS } from '@grok-imagine/core';
import type { FieldRule, ProviderCapabilities } from '@grok-imagine/core';

const VIDEO_RATIOS = ['16:9', '9:16', '1:1', '4:3', '3:4', '3:2', '2:3'] as const;

const imageFields = {
  n: { kind: 'range', min: 1, max: 10 },
  aspectRatio: { kind: 'enum', values: IMAGE_ASPECT_RATIOS },
  resolution: { kind: 'enum', values: ['1k', '2k'] },
  format: { kind: 'ignored', reason: 'xAI picks the image format itself (usually JPEG)' },
  delivery: { kind: 'enum', values: ['url', 'data'] },
  quality: { kind: 'enum', values: ['standard', 'quality'] },
} as const satisfies Record<string, FieldRule>;

const videoFields = {
  duration: { kind: 'range', min: 1, max: 15, unit: 's' },
  aspectRatio: { kind: 'enum', values: VIDEO_RATIOS },
  resolution: { kind: 'enum', values: ['480p', '720p', '1080p'] },
} as const satisfies Record<string, FieldRule>;

const NEEDS_VIDEO_URL = 'The source video must be a public URL xAI can fetch (no uploaded bytes).';

/**
 * What xAI's Grok Imagine API supports, as data. Core checks every request against it before any
 * call; `map-request` adds the one rule that depends on the model (1080p needs the 1.5 video model).
 */
export const XAI_CAPABILITIES: ProviderCapabilities = Object.freeze<ProviderCapabilities>({
  types: {
    'text-to-image': { fields: imageFields },
    'image-edit': {
      fields: { ...imageFields, images: { kind: 'count', min: 1, max: 3 } },
      notes: [
        'xAI bills image edits for the input images as well as the outputs.',
        'With one source image the output keeps its aspect ratio: aspectRatio must be auto.',
      ],
    },
    'text-to-video': {
      fields: videoFields,
      notes: ['1080p runs on grok-imagine-video-1.5 (chosen automatically; priced at its rates).'],
    },
    'image-to-video': {
      // 'auto' leaves aspect_ratio out, so xAI follows the source image.
      fields: { ...videoFields, aspectRatio: { kind: 'enum', values: [...VIDEO_RATIOS, 'auto'] } },
      notes: ['1080p runs on grok-imagine-video-1.5 (chosen automatically; priced at its rates).'],
    },
    'reference-to-video': {
      fields: {
        ...videoFields,
        references: { kind: 'count', min: 1, max: 7 },
        resolution: { kind: 'enum', values: ['480p', '720p'] },
      },
    },
    'video-edit': {
      fields: {
        resolution: {
          kind: 'ignored',
          reason: 'the edit keeps the source video’s resolution, capped at 720p',
        },
      },
      notes: ['The source video may be at most 8.7 seconds long.', NEEDS_VIDEO_URL],
    },
    'video-extend': {
      fields: { duration: { kind: 'range', min: 2, max: 10, unit: 's' } },
      notes: [
        'The source video must be 2–15 seconds long; duration is the length added.',
        'The extension keeps the source video’s aspect ratio and resolution, capped at 720p.',
        NEEDS_VIDEO_URL,
      ],
    },
  },
  cancel: false,
  webhooks: false,
  inlineMedia: true,
  maxConcurrentJobs: 15,
});
