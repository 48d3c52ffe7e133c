/** One body field of a Pixazo endpoint, as its document lists it. */
export interface PixazoField {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'string[]';
  required?: boolean;
  default?: string | number;
  min?: number;
  max?: number;
  allowed?: readonly string[];
  /** The string (or each string) must be a fetchable URL of this media family. */
  media?: 'image' | 'video';
}

/** What a Pixazo endpoint produces, which decides defaults, output and price. */
export type PixazoMode =
  | 'text-to-image'
  | 'image-edit'
  | 'text-to-video'
  | 'image-to-video'
  | 'video-edit'
  | 'reference-to-video';

/** One documented Pixazo model endpoint. */
export interface PixazoModel {
  id: string;
  /** The last path segment: `POST /<id>/v1/<requestPath>`. */
  requestPath: string;
  mode: PixazoMode;
  fields: readonly PixazoField[];
}

const IMAGE_RATIOS = [
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
const VIDEO_RATIOS = ['16:9', '4:3', '3:2', '1:1', '2:3', '3:4', '9:16'];
const FORMATS = ['jpeg', 'png', 'webp'];
const prompt: PixazoField = { name: 'prompt', type: 'string', required: true };
const syncMode: PixazoField = { name: 'sync_mode', type: 'boolean' };
const outputFormat: PixazoField = {
  name: 'output_format',
  type: 'string',
  default: 'jpeg',
  allowed: FORMATS,
};
const imageResolution: PixazoField = {
  name: 'resolution',
  type: 'string',
  default: '1k',
  allowed: ['1k', '2k'],
};

/** The eight documented endpoints, keyed by model id. */
export const PIXAZO_MODELS: Readonly<Record<string, PixazoModel>> = {
  'grok-imagine-api-641': {
    id: 'grok-imagine-api-641',
    requestPath: 'grok-imagine-api-request',
    mode: 'text-to-image',
    // The document gives no range for num_images ("supports batch generation") nor a closed ratio list.
    fields: [
      prompt,
      { name: 'num_images', type: 'integer', default: 1, min: 1, max: 10 },
      { name: 'aspect_ratio', type: 'string', default: '1:1', allowed: IMAGE_RATIOS },
      outputFormat,
    ],
  },
  'grok-imagine-pro-text-to-image-quality': {
    id: 'grok-imagine-pro-text-to-image-quality',
    requestPath: 'grok-imagine-pro-text-to-image-quality-request',
    mode: 'text-to-image',
    fields: [
      prompt,
      { name: 'num_images', type: 'integer', default: 1, min: 1, max: 4 },
      { name: 'aspect_ratio', type: 'string', default: '1:1', allowed: IMAGE_RATIOS },
      imageResolution,
      outputFormat,
      syncMode,
    ],
  },
  'grok-imagine-pro-edit-quality': {
    id: 'grok-imagine-pro-edit-quality',
    requestPath: 'grok-imagine-pro-edit-quality-request',
    mode: 'image-edit',
    fields: [
      prompt,
      { name: 'image_urls', type: 'string[]', required: true, min: 1, max: 3, media: 'image' },
      { name: 'num_images', type: 'integer', default: 1, min: 1, max: 5 },
      { name: 'aspect_ratio', type: 'string', default: 'auto', allowed: ['auto', ...IMAGE_RATIOS] },
      imageResolution,
      outputFormat,
      syncMode,
    ],
  },
  'grok-imagine-video': {
    id: 'grok-imagine-video',
    requestPath: 'grok-imagine-video-request',
    mode: 'text-to-video',
    fields: [
      prompt,
      { name: 'duration', type: 'integer', required: true, min: 3, max: 10 },
      { name: 'aspect_ratio', type: 'string', required: true, allowed: ['16:9', '9:16', '1:1'] },
      { name: 'resolution', type: 'string', required: true, allowed: ['720p', '1080p'] },
    ],
  },
  'grok-imagine-video-text-to-video': {
    id: 'grok-imagine-video-text-to-video',
    requestPath: 'grok-imagine-video-text-to-video-request',
    mode: 'text-to-video',
    fields: [
      prompt,
      { name: 'duration', type: 'integer', default: 6, min: 3, max: 10 },
      { name: 'aspect_ratio', type: 'string', default: '16:9', allowed: VIDEO_RATIOS },
      { name: 'resolution', type: 'string', default: '720p', allowed: ['480p', '720p'] },
    ],
  },
  'grok-imagine-video-image-to-video': {
    id: 'grok-imagine-video-image-to-video',
    requestPath: 'grok-imagine-video-image-to-video-request',
    mode: 'image-to-video',
    fields: [
      prompt,
      { name: 'image_url', type: 'string', required: true, media: 'image' },
      { name: 'duration', type: 'integer', default: 6, min: 3, max: 10 },
      { name: 'aspect_ratio', type: 'string', default: 'auto', allowed: ['auto', ...VIDEO_RATIOS] },
      { name: 'resolution', type: 'string', default: '720p', allowed: ['480p', '720p'] },
    ],
  },
  'grok-imagine-video-edit-video': {
    id: 'grok-imagine-video-edit-video',
    requestPath: 'grok-imagine-video-edit-video-request',
    mode: 'video-edit',
    fields: [
      prompt,
      { name: 'video_url', type: 'string', required: true, media: 'video' },
      { name: 'resolution', type: 'string', default: 'auto', allowed: ['auto', '480p', '720p'] },
    ],
  },
  'grok-imagine-video-reference-to-video': {
    id: 'grok-imagine-video-reference-to-video',
    requestPath: 'grok-imagine-video-reference-to-video-request',
    mode: 'reference-to-video',
    fields: [
      prompt,
      { name: 'reference_image_urls', type: 'string[]', required: true, min: 1, max: 7, media: 'image' },
      { name: 'duration', type: 'integer', default: 8, min: 3, max: 15 },
      { name: 'aspect_ratio', type: 'string', default: '16:9', allowed: VIDEO_RATIOS },
      { name: 'resolution', type: 'string', default: '480p', allowed: ['480p', '720p'] },
    ],
  },
};
