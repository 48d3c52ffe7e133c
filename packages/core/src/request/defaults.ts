import type {
  ImageAspectRatio,
  ImageDelivery,
  ImageFormat,
  ImageResolution,
  QualityTier,
  RequestType,
  VideoAspectRatio,
  VideoResolution,
} from './request-types.ts';

/**
 * The defaults core applies to every request before quoting and mapping, so a provider swap gives
 * the same output and the quote is exact. No adapter leaves a value to the provider's own default.
 *
 * | type | defaults |
 * |---|---|
 * | text-to-image | n 1, aspectRatio 1:1, resolution 1k, format jpeg, quality standard, delivery url |
 * | image-edit | n 1, aspectRatio auto (follow the source), resolution 1k, format jpeg, quality standard, delivery url |
 * | text-to-video | duration 6, aspectRatio 16:9, resolution 720p |
 * | image-to-video | duration 6, aspectRatio auto (follow the image), resolution 720p |
 * | reference-to-video | duration 6, aspectRatio 16:9, resolution 720p |
 * | video-edit | resolution auto (follow the source) |
 * | video-extend | duration 6 |
 */
export const REQUEST_DEFAULTS = {
  'text-to-image': {
    n: 1,
    aspectRatio: '1:1' as ImageAspectRatio,
    resolution: '1k' as ImageResolution,
    format: 'jpeg' as ImageFormat,
    quality: 'standard' as QualityTier,
    delivery: 'url' as ImageDelivery,
  },
  'image-edit': {
    n: 1,
    aspectRatio: 'auto' as ImageAspectRatio,
    resolution: '1k' as ImageResolution,
    format: 'jpeg' as ImageFormat,
    quality: 'standard' as QualityTier,
    delivery: 'url' as ImageDelivery,
  },
  'text-to-video': {
    duration: 6,
    aspectRatio: '16:9' as VideoAspectRatio,
    resolution: '720p' as VideoResolution,
  },
  'image-to-video': {
    duration: 6,
    aspectRatio: 'auto' as VideoAspectRatio,
    resolution: '720p' as VideoResolution,
  },
  'reference-to-video': {
    duration: 6,
    aspectRatio: '16:9' as VideoAspectRatio,
    resolution: '720p' as VideoResolution,
  },
  'video-edit': { resolution: 'auto' as VideoResolution },
  'video-extend': { duration: 6 },
} as const satisfies Record<RequestType, Record<string, unknown>>;
