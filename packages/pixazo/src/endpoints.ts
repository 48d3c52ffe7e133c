import {
  IMAGE_FORMATS,
  type ImageAspectRatio,
  type ImageDelivery,
  type ImageResolution,
  type VideoAspectRatio,
  type VideoResolution,
} from '@grok-imagine/core';
import { count, type EndpointParam, oneOf, type PixazoEndpointSpec, range } from './endpoint-types.ts';

/** The eight Grok Imagine endpoints Pixazo serves, by model id. */
export const PIXAZO_ENDPOINT_IDS = [
  'grok-imagine-api-641',
  'grok-imagine-pro-text-to-image-quality',
  'grok-imagine-pro-edit-quality',
  'grok-imagine-video',
  'grok-imagine-video-text-to-video',
  'grok-imagine-video-image-to-video',
  'grok-imagine-video-edit-video',
  'grok-imagine-video-reference-to-video',
] as const;

/** A Pixazo Grok endpoint (model) id; also the prefix of its `request_id`s (`<id>_…`). */
export type PixazoEndpointId = (typeof PIXAZO_ENDPOINT_IDS)[number];

/** One Pixazo endpoint as data. */
export type PixazoEndpoint = PixazoEndpointSpec<PixazoEndpointId>;

// Every value below is typed against core's shared vocabularies: a ratio or resolution core does not
// know fails to compile instead of becoming a capability no request can use.
const IMAGE_RATIOS: readonly ImageAspectRatio[] = [
  '2:1',
  '20:9',
  '19.5:9',
  '16:9',
  '4:3',
  '3:2',
  '1:1',
  '2:3',
  '3:4',
  '9:16',
  '9:19.5',
  '9:20',
  '1:2',
];
const COMMON_641_RATIOS: readonly ImageAspectRatio[] = ['1:1', '16:9', '9:16', '4:3', '3:2'];
const VIDEO_RATIOS: readonly VideoAspectRatio[] = ['16:9', '4:3', '3:2', '1:1', '2:3', '3:4', '9:16'];
const imageResolutions = (...values: ImageResolution[]) => oneOf(...values);
const videoResolutions = (...values: VideoResolution[]) => oneOf(...values);
const deliveries = (...values: ImageDelivery[]) => oneOf(...values);

const prompt: EndpointParam = { field: 'prompt', wire: 'prompt' };
const formats: EndpointParam = { field: 'format', wire: 'output_format', rule: oneOf(...IMAGE_FORMATS) };
const PRO_HINT = "Set quality: 'quality' to use grok-imagine-pro-text-to-image-quality, which takes it.";

/** Every endpoint, from the Pixazo documents; `source: 'assumed'` marks what they do not say. */
export const PIXAZO_ENDPOINTS: Readonly<Record<PixazoEndpointId, PixazoEndpoint>> = {
  'grok-imagine-api-641': {
    id: 'grok-imagine-api-641',
    type: 'text-to-image',
    // The documented suffix is `grok-imagine-api-request`, not `<model>-request`.
    path: '/grok-imagine-api-641/v1/grok-imagine-api-request',
    quality: 'standard',
    params: [
      prompt,
      {
        field: 'n',
        wire: 'num_images',
        rule: range(1, 4),
        source: 'assumed',
        reason:
          'the document gives num_images no range ("supports batch generation"); the Pro endpoint\'s 1–4 is assumed',
        // Every example sends 1; more than one image relies on the assumed upper bound.
        documented: range(1, 1),
      },
      {
        field: 'aspectRatio',
        wire: 'aspect_ratio',
        rule: oneOf(...IMAGE_RATIOS),
        source: 'assumed',
        reason: `the document names only "common values" ${COMMON_641_RATIOS.join(', ')}; the Pro endpoint's other ratios are assumed`,
        documented: oneOf(...COMMON_641_RATIOS),
      },
      formats,
      {
        field: 'resolution',
        rule: imageResolutions('1k'),
        hint: PRO_HINT,
        source: 'assumed',
        reason: 'the endpoint has no resolution parameter; its output is taken to be the 1k tier',
      },
      // No sync_mode parameter is documented: results come only as CDN URLs.
      { field: 'delivery', rule: deliveries('url'), hint: PRO_HINT },
    ],
  },
  'grok-imagine-pro-text-to-image-quality': {
    id: 'grok-imagine-pro-text-to-image-quality',
    type: 'text-to-image',
    path: '/grok-imagine-pro-text-to-image-quality/v1/grok-imagine-pro-text-to-image-quality-request',
    quality: 'quality',
    params: [
      prompt,
      { field: 'n', wire: 'num_images', rule: range(1, 4), documentedDefault: 1 },
      { field: 'aspectRatio', wire: 'aspect_ratio', rule: oneOf(...IMAGE_RATIOS), documentedDefault: '1:1' },
      {
        field: 'resolution',
        wire: 'resolution',
        rule: imageResolutions('1k', '2k'),
        documentedDefault: '1k',
      },
      { ...formats, documentedDefault: 'jpeg' },
      { field: 'delivery', wire: 'sync_mode', rule: deliveries('url', 'data'), documentedDefault: false },
    ],
  },
  'grok-imagine-pro-edit-quality': {
    id: 'grok-imagine-pro-edit-quality',
    type: 'image-edit',
    path: '/grok-imagine-pro-edit-quality/v1/grok-imagine-pro-edit-quality-request',
    quality: 'quality',
    params: [
      prompt,
      { field: 'images', wire: 'image_urls', rule: count(1, 3) },
      { field: 'n', wire: 'num_images', rule: range(1, 5), documentedDefault: 1 },
      {
        field: 'aspectRatio',
        wire: 'aspect_ratio',
        rule: oneOf<ImageAspectRatio>('auto', ...IMAGE_RATIOS),
        documentedDefault: 'auto',
      },
      {
        field: 'resolution',
        wire: 'resolution',
        rule: imageResolutions('1k', '2k'),
        documentedDefault: '1k',
      },
      { ...formats, documentedDefault: 'jpeg' },
      { field: 'delivery', wire: 'sync_mode', rule: deliveries('url', 'data'), documentedDefault: false },
    ],
  },
  'grok-imagine-video': {
    id: 'grok-imagine-video',
    type: 'text-to-video',
    path: '/grok-imagine-video/v1/grok-imagine-video-request',
    params: [
      prompt,
      { field: 'duration', wire: 'duration', rule: range(3, 10, 's') },
      { field: 'aspectRatio', wire: 'aspect_ratio', rule: oneOf<VideoAspectRatio>('16:9', '9:16', '1:1') },
      { field: 'resolution', wire: 'resolution', rule: videoResolutions('720p', '1080p') },
    ],
    notes: ['grok-imagine-video is the only endpoint with 1080p; Pixazo documents no price for it.'],
  },
  'grok-imagine-video-text-to-video': {
    id: 'grok-imagine-video-text-to-video',
    type: 'text-to-video',
    path: '/grok-imagine-video-text-to-video/v1/grok-imagine-video-text-to-video-request',
    params: [
      prompt,
      { field: 'duration', wire: 'duration', rule: range(3, 10, 's'), documentedDefault: 6 },
      { field: 'aspectRatio', wire: 'aspect_ratio', rule: oneOf(...VIDEO_RATIOS), documentedDefault: '16:9' },
      {
        field: 'resolution',
        wire: 'resolution',
        rule: videoResolutions('480p', '720p'),
        documentedDefault: '720p',
      },
    ],
  },
  'grok-imagine-video-image-to-video': {
    id: 'grok-imagine-video-image-to-video',
    type: 'image-to-video',
    path: '/grok-imagine-video-image-to-video/v1/grok-imagine-video-image-to-video-request',
    params: [
      prompt,
      { field: 'image', wire: 'image_url' },
      { field: 'duration', wire: 'duration', rule: range(3, 10, 's'), documentedDefault: 6 },
      {
        field: 'aspectRatio',
        wire: 'aspect_ratio',
        rule: oneOf<VideoAspectRatio>('auto', ...VIDEO_RATIOS),
        documentedDefault: 'auto',
      },
      {
        field: 'resolution',
        wire: 'resolution',
        rule: videoResolutions('480p', '720p'),
        documentedDefault: '720p',
      },
    ],
  },
  'grok-imagine-video-edit-video': {
    id: 'grok-imagine-video-edit-video',
    type: 'video-edit',
    path: '/grok-imagine-video-edit-video/v1/grok-imagine-video-edit-video-request',
    params: [
      prompt,
      { field: 'video', wire: 'video_url' },
      {
        field: 'resolution',
        wire: 'resolution',
        rule: videoResolutions('auto', '480p', '720p'),
        documentedDefault: 'auto',
      },
    ],
    notes: [
      'Source video at most 8.7 s: assumed from xAI’s video-edit limit; Pixazo states no length and the SDK does not check it.',
    ],
  },
  'grok-imagine-video-reference-to-video': {
    id: 'grok-imagine-video-reference-to-video',
    type: 'reference-to-video',
    path: '/grok-imagine-video-reference-to-video/v1/grok-imagine-video-reference-to-video-request',
    params: [
      prompt,
      { field: 'references', wire: 'reference_image_urls', rule: count(1, 7) },
      { field: 'duration', wire: 'duration', rule: range(3, 15, 's'), documentedDefault: 8 },
      { field: 'aspectRatio', wire: 'aspect_ratio', rule: oneOf(...VIDEO_RATIOS), documentedDefault: '16:9' },
      {
        field: 'resolution',
        wire: 'resolution',
        rule: videoResolutions('480p', '720p'),
        documentedDefault: '480p',
      },
    ],
    notes: [
      'Name the references in the prompt as @image1 … @image7, in order; they are sent as Pixazo’s documented @Image1 … @Image7.',
    ],
  },
};

/** True when `value` is one of the eight endpoint ids. */
export function isPixazoEndpointId(value: unknown): value is PixazoEndpointId {
  return typeof value === 'string' && (PIXAZO_ENDPOINT_IDS as readonly string[]).includes(value);
}

/**
 * The endpoint a Pixazo `request_id` (or `model_id`) belongs to: ids are `<model id>_<uuid>`.
 * `undefined` for a model this package does not know.
 */
export function endpointOfRequestId(requestId: string | null | undefined): PixazoEndpoint | undefined {
  if (!requestId) return undefined;
  const underscore = requestId.indexOf('_');
  const model = underscore === -1 ? requestId : requestId.slice(0, underscore);
  return isPixazoEndpointId(model) ? PIXAZO_ENDPOINTS[model] : undefined;
}
