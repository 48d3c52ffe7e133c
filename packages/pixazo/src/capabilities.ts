import type { FieldRule, ProviderCapabilities } from '@grok-imagine/core';
import { FORMATS, IMAGE_RATIOS, VIDEO_RATIOS } from './endpoints.ts';

const formats: FieldRule = { kind: 'enum', values: FORMATS };

/**
 * What Pixazo's Grok endpoints take, as data: the union over the endpoints that serve each type
 * (see `PIXAZO_ROUTES`). Limits that depend on the endpoint a request is routed to (1080p only at
 * 16:9 / 9:16 / 1:1; 2k and inline data only in the quality tier) are checked again when routing.
 * Media must be public URLs (`inlineMedia: false`): pass `uploadMedia` for bytes and files.
 */
export const PIXAZO_CAPABILITIES: ProviderCapabilities = {
  types: {
    'text-to-image': {
      fields: {
        n: { kind: 'range', min: 1, max: 4 },
        aspectRatio: { kind: 'enum', values: IMAGE_RATIOS },
        resolution: { kind: 'enum', values: ['1k', '2k'] },
        format: formats,
        quality: { kind: 'enum', values: ['standard', 'quality'] },
        delivery: { kind: 'enum', values: ['url', 'data'] },
      },
      notes: [
        "quality 'standard' uses grok-imagine-api-641 (no resolution, no inline data: 2k and delivery 'data' need quality 'quality').",
        'grok-imagine-api-641 documents no maximum for n; 1–4 as on the quality endpoint is assumed.',
      ],
    },
    'image-edit': {
      fields: {
        images: { kind: 'count', min: 1, max: 3 },
        n: { kind: 'range', min: 1, max: 5 },
        aspectRatio: { kind: 'enum', values: ['auto', ...IMAGE_RATIOS] },
        resolution: { kind: 'enum', values: ['1k', '2k'] },
        format: formats,
        quality: { kind: 'enum', values: ['quality'] },
        delivery: { kind: 'enum', values: ['url', 'data'] },
      },
      notes: ["Only the quality tier exists (grok-imagine-pro-edit-quality): set quality: 'quality'."],
    },
    'text-to-video': {
      fields: {
        duration: { kind: 'range', min: 3, max: 10, unit: 's' },
        aspectRatio: { kind: 'enum', values: VIDEO_RATIOS },
        resolution: { kind: 'enum', values: ['480p', '720p', '1080p'] },
      },
      notes: ['1080p (grok-imagine-video) takes only 16:9, 9:16 and 1:1, and has no documented price.'],
    },
    'image-to-video': {
      fields: {
        duration: { kind: 'range', min: 3, max: 10, unit: 's' },
        aspectRatio: { kind: 'enum', values: ['auto', ...VIDEO_RATIOS] },
        resolution: { kind: 'enum', values: ['480p', '720p'] },
      },
    },
    'reference-to-video': {
      fields: {
        references: { kind: 'count', min: 1, max: 7 },
        duration: { kind: 'range', min: 3, max: 15, unit: 's' },
        aspectRatio: { kind: 'enum', values: VIDEO_RATIOS },
        resolution: { kind: 'enum', values: ['480p', '720p'] },
      },
      notes: ['Refer to the references in the prompt as @Image1 … @Image7, in order.'],
    },
    'video-edit': {
      fields: { resolution: { kind: 'enum', values: ['auto', '480p', '720p'] } },
      notes: ['Source video at most 8.7 s (as xAI documents).'],
    },
  },
  cancel: false,
  webhooks: true,
  inlineMedia: false,
};
