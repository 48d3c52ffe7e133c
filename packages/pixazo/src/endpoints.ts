import type { FieldRule, QualityTier, RequestType } from '@grok-imagine/core';

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

/** The neutral request fields an endpoint reads. */
export type EndpointField =
  | 'prompt'
  | 'n'
  | 'aspectRatio'
  | 'resolution'
  | 'format'
  | 'delivery'
  | 'duration'
  | 'image'
  | 'images'
  | 'references'
  | 'video';

/** A rule an endpoint parameter holds a value to. */
export type EndpointRule = Extract<FieldRule, { kind: 'range' | 'enum' | 'count' }>;

/** One parameter of an endpoint: where its value comes from, what Pixazo calls it, what it allows. */
export interface EndpointParam {
  /** Neutral field the value is read from. */
  field: EndpointField;
  /** Pixazo's parameter name. Absent when the endpoint has no such parameter: the value is only checked. */
  wire?: string;
  /** Values the endpoint takes; no rule means any value. */
  rule?: EndpointRule;
  /** Pixazo's documented default, for reference: the adapter always sends core's value explicitly. */
  documentedDefault?: string | number | boolean;
  /** Added to a violation's message: how to get what was asked (e.g. another quality tier). */
  hint?: string;
}

/** One endpoint as data: the request path, the neutral type it serves and its parameters. */
export interface PixazoEndpoint {
  /** Model id. */
  id: PixazoEndpointId;
  /** The neutral request type it serves. */
  type: RequestType;
  /** Submit path under the gateway origin. Not always `/<id>/v1/<id>-request`: see the 641 endpoint. */
  path: string;
  /** Model tier, for the image endpoints. */
  quality?: QualityTier;
  /** Parameters in the documents' order; every one with a `wire` name is sent. */
  params: readonly EndpointParam[];
  /** What the rules cannot say. */
  notes?: readonly string[];
}

const range = (min: number, max: number, unit?: string): EndpointRule =>
  unit ? { kind: 'range', min, max, unit } : { kind: 'range', min, max };
const oneOf = (...values: string[]): EndpointRule => ({ kind: 'enum', values });
const count = (min: number, max: number): EndpointRule => ({ kind: 'count', min, max });

/** The 13 image aspect ratios of the Pro endpoints. */
export const IMAGE_RATIOS = [
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
/** The seven video aspect ratios of the v1 video endpoints. */
export const VIDEO_RATIOS = ['16:9', '4:3', '3:2', '1:1', '2:3', '3:4', '9:16'];
/** Image output formats. */
export const FORMATS = ['jpeg', 'png', 'webp'];
const prompt: EndpointParam = { field: 'prompt', wire: 'prompt' };
const PRO_HINT = "Set quality: 'quality' to use grok-imagine-pro-text-to-image-quality, which takes it.";

/** Every endpoint, from the Pixazo documents. */
export const PIXAZO_ENDPOINTS: Readonly<Record<PixazoEndpointId, PixazoEndpoint>> = {
  'grok-imagine-api-641': {
    id: 'grok-imagine-api-641',
    type: 'text-to-image',
    // The documented suffix is `grok-imagine-api-request`, not `<model>-request`.
    path: '/grok-imagine-api-641/v1/grok-imagine-api-request',
    quality: 'standard',
    params: [
      prompt,
      { field: 'n', wire: 'num_images', rule: range(1, 4) },
      { field: 'aspectRatio', wire: 'aspect_ratio', rule: oneOf(...IMAGE_RATIOS) },
      { field: 'format', wire: 'output_format', rule: oneOf(...FORMATS) },
      { field: 'resolution', rule: oneOf('1k'), hint: PRO_HINT },
      { field: 'delivery', rule: oneOf('url'), hint: PRO_HINT },
    ],
    notes: [
      'No documented maximum for num_images; 1–4 as on the Pro endpoint is assumed.',
      'Documents "common" ratios 1:1, 16:9, 9:16, 4:3, 3:2; the 13 of the Pro endpoint are assumed.',
      'No resolution and no sync_mode parameter.',
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
      { field: 'resolution', wire: 'resolution', rule: oneOf('1k', '2k'), documentedDefault: '1k' },
      { field: 'format', wire: 'output_format', rule: oneOf(...FORMATS), documentedDefault: 'jpeg' },
      { field: 'delivery', wire: 'sync_mode', rule: oneOf('url', 'data'), documentedDefault: false },
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
        rule: oneOf('auto', ...IMAGE_RATIOS),
        documentedDefault: 'auto',
      },
      { field: 'resolution', wire: 'resolution', rule: oneOf('1k', '2k'), documentedDefault: '1k' },
      { field: 'format', wire: 'output_format', rule: oneOf(...FORMATS), documentedDefault: 'jpeg' },
      { field: 'delivery', wire: 'sync_mode', rule: oneOf('url', 'data'), documentedDefault: false },
    ],
  },
  'grok-imagine-video': {
    id: 'grok-imagine-video',
    type: 'text-to-video',
    path: '/grok-imagine-video/v1/grok-imagine-video-request',
    params: [
      prompt,
      { field: 'duration', wire: 'duration', rule: range(3, 10, 's') },
      { field: 'aspectRatio', wire: 'aspect_ratio', rule: oneOf('16:9', '9:16', '1:1') },
      { field: 'resolution', wire: 'resolution', rule: oneOf('720p', '1080p') },
    ],
    notes: ['The only endpoint with 1080p; no price is documented for it.'],
  },
  'grok-imagine-video-text-to-video': {
    id: 'grok-imagine-video-text-to-video',
    type: 'text-to-video',
    path: '/grok-imagine-video-text-to-video/v1/grok-imagine-video-text-to-video-request',
    params: [
      prompt,
      { field: 'duration', wire: 'duration', rule: range(3, 10, 's'), documentedDefault: 6 },
      { field: 'aspectRatio', wire: 'aspect_ratio', rule: oneOf(...VIDEO_RATIOS), documentedDefault: '16:9' },
      { field: 'resolution', wire: 'resolution', rule: oneOf('480p', '720p'), documentedDefault: '720p' },
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
        rule: oneOf('auto', ...VIDEO_RATIOS),
        documentedDefault: 'auto',
      },
      { field: 'resolution', wire: 'resolution', rule: oneOf('480p', '720p'), documentedDefault: '720p' },
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
        rule: oneOf('auto', '480p', '720p'),
        documentedDefault: 'auto',
      },
    ],
    notes: ['Source video at most 8.7 s (as xAI documents for video editing).'],
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
      { field: 'resolution', wire: 'resolution', rule: oneOf('480p', '720p'), documentedDefault: '480p' },
    ],
    notes: ['Refer to the references in the prompt as @Image1 … @Image7, in order.'],
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
