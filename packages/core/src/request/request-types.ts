/** The seven neutral request types. */
export const REQUEST_TYPES = [
  'text-to-image',
  'image-edit',
  'text-to-video',
  'image-to-video',
  'reference-to-video',
  'video-edit',
  'video-extend',
] as const;

/** A neutral request type. */
export type RequestType = (typeof REQUEST_TYPES)[number];

/** Request types whose outputs are images. */
export const IMAGE_REQUEST_TYPES = ['text-to-image', 'image-edit'] as const satisfies readonly RequestType[];

/** True for `text-to-image` and `image-edit`. */
export function isImageRequestType(type: RequestType): boolean {
  return (IMAGE_REQUEST_TYPES as readonly string[]).includes(type);
}

/** Every image aspect ratio any provider documents. */
export const IMAGE_ASPECT_RATIOS = [
  '1:1',
  '16:9',
  '9:16',
  '4:3',
  '3:4',
  '3:2',
  '2:3',
  '2:1',
  '1:2',
  '19.5:9',
  '9:19.5',
  '20:9',
  '9:20',
  'auto',
] as const;
/** An image aspect ratio; `auto` lets the model (or the source image) decide. */
export type ImageAspectRatio = (typeof IMAGE_ASPECT_RATIOS)[number];

/** Every video aspect ratio any provider documents; `auto` follows the source image. */
export const VIDEO_ASPECT_RATIOS = ['16:9', '9:16', '1:1', '4:3', '3:4', '3:2', '2:3', 'auto'] as const;
/** A video aspect ratio. */
export type VideoAspectRatio = (typeof VIDEO_ASPECT_RATIOS)[number];

/** Image resolution tiers. */
export const IMAGE_RESOLUTIONS = ['1k', '2k'] as const;
/** An image resolution tier. */
export type ImageResolution = (typeof IMAGE_RESOLUTIONS)[number];

/** Video resolutions; `auto` (video-edit only) keeps the source's. */
export const VIDEO_RESOLUTIONS = ['480p', '720p', '1080p', 'auto'] as const;
/** A video resolution. */
export type VideoResolution = (typeof VIDEO_RESOLUTIONS)[number];

/** Image file formats. */
export const IMAGE_FORMATS = ['jpeg', 'png', 'webp'] as const;
/** An image file format. */
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** Model tiers: `standard` or the slower, pricier `quality` (xAI `grok-imagine-image-pro`, Pixazo `…-quality`). */
export const QUALITY_TIERS = ['standard', 'quality'] as const;
/** A model tier. */
export type QualityTier = (typeof QUALITY_TIERS)[number];

/** How images come back: a temporary URL, or the bytes inline as `output.data`. */
export const IMAGE_DELIVERIES = ['url', 'data'] as const;
/** How images come back. */
export type ImageDelivery = (typeof IMAGE_DELIVERIES)[number];
