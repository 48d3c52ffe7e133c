import * as v from '../valibot/index.ts';
import { isMediaInput } from '../media/is-media-input.ts';
import type { MediaInput } from '../media/media-input.ts';
import {
  IMAGE_ASPECT_RATIOS,
  IMAGE_DELIVERIES,
  IMAGE_FORMATS,
  IMAGE_RESOLUTIONS,
  QUALITY_TIERS,
  VIDEO_ASPECT_RATIOS,
  VIDEO_RESOLUTIONS,
} from './request-types.ts';

/** Longest prompt core accepts; providers may allow less (Vydra: 5,000). */
export const MAX_PROMPT_LENGTH = 20_000;

const prompt = v.pipe(
  v.string('prompt must be a string'),
  v.trim(),
  v.minLength(1, 'prompt must not be empty'),
  v.maxLength(MAX_PROMPT_LENGTH, `prompt must be at most ${MAX_PROMPT_LENGTH} characters`),
);
const media = v.custom<MediaInput>(
  isMediaInput,
  'must be a URL string, a data: URI, a URL, bytes (Uint8Array/ArrayBuffer), a Blob, { data, mimeType } or { path }',
);
const count = (label: string) =>
  v.pipe(
    v.number(`${label} must be a number`),
    v.integer(`${label} must be a whole number`),
    v.minValue(1, `${label} must be at least 1`),
  );
const seconds = v.pipe(
  v.number('duration must be a number of seconds'),
  v.integer('duration must be whole seconds'),
  v.minValue(1, 'duration must be at least 1 second'),
);
const providerOptions = v.optional(v.record(v.string(), v.record(v.string(), v.unknown())));

const imageFields = {
  prompt,
  n: v.optional(count('n')),
  aspectRatio: v.optional(v.picklist(IMAGE_ASPECT_RATIOS)),
  resolution: v.optional(v.picklist(IMAGE_RESOLUTIONS)),
  format: v.optional(v.picklist(IMAGE_FORMATS)),
  quality: v.optional(v.picklist(QUALITY_TIERS)),
  delivery: v.optional(v.picklist(IMAGE_DELIVERIES)),
  providerOptions,
};
const videoResolution = v.picklist(
  VIDEO_RESOLUTIONS.filter((r) => r !== 'auto') as ['480p', '720p', '1080p'],
);
const videoAspect = v.picklist(VIDEO_ASPECT_RATIOS);

/** Schema of a `text-to-image` request. */
export const TextToImageRequestSchema = v.strictObject({ type: v.literal('text-to-image'), ...imageFields });

/** Schema of an `image-edit` request: `image` for one source, `images` for several (never both). */
export const ImageEditRequestSchema = v.pipe(
  v.strictObject({
    type: v.literal('image-edit'),
    ...imageFields,
    image: v.optional(media),
    images: v.optional(v.pipe(v.array(media), v.minLength(1, 'images must hold at least one image'))),
  }),
  v.check((r) => (r.image === undefined) !== (r.images === undefined), 'give exactly one of image or images'),
);

/** Schema of a `text-to-video` request. */
export const TextToVideoRequestSchema = v.strictObject({
  type: v.literal('text-to-video'),
  prompt,
  duration: v.optional(seconds),
  aspectRatio: v.optional(videoAspect),
  resolution: v.optional(videoResolution),
  providerOptions,
});

/** Schema of an `image-to-video` request. */
export const ImageToVideoRequestSchema = v.strictObject({
  type: v.literal('image-to-video'),
  prompt,
  image: media,
  duration: v.optional(seconds),
  aspectRatio: v.optional(videoAspect),
  resolution: v.optional(videoResolution),
  providerOptions,
});

/** Schema of a `reference-to-video` request; refer to references in the prompt as `@Image1`, `@Image2`, … */
export const ReferenceToVideoRequestSchema = v.strictObject({
  type: v.literal('reference-to-video'),
  prompt,
  references: v.pipe(v.array(media), v.minLength(1, 'references must hold at least one image')),
  duration: v.optional(seconds),
  aspectRatio: v.optional(videoAspect),
  resolution: v.optional(videoResolution),
  providerOptions,
});

/** Schema of a `video-edit` request. The source video should be at most 8.7 s long (xAI). */
export const VideoEditRequestSchema = v.strictObject({
  type: v.literal('video-edit'),
  prompt,
  video: media,
  resolution: v.optional(v.picklist(['auto', '480p', '720p'])),
  providerOptions,
});

/** Schema of a `video-extend` request. */
export const VideoExtendRequestSchema = v.strictObject({
  type: v.literal('video-extend'),
  prompt,
  video: media,
  duration: v.optional(seconds),
  providerOptions,
});

/** Schema of any neutral request, discriminated by `type`. */
export const GenerationRequestSchema = v.variant('type', [
  TextToImageRequestSchema,
  ImageEditRequestSchema,
  TextToVideoRequestSchema,
  ImageToVideoRequestSchema,
  ReferenceToVideoRequestSchema,
  VideoEditRequestSchema,
  VideoExtendRequestSchema,
]);

/** A `text-to-image` request. */
export type TextToImageRequest = v.InferInput<typeof TextToImageRequestSchema>;
/** An `image-edit` request. */
export type ImageEditRequest = v.InferInput<typeof ImageEditRequestSchema>;
/** A `text-to-video` request. */
export type TextToVideoRequest = v.InferInput<typeof TextToVideoRequestSchema>;
/** An `image-to-video` request. */
export type ImageToVideoRequest = v.InferInput<typeof ImageToVideoRequestSchema>;
/** A `reference-to-video` request. */
export type ReferenceToVideoRequest = v.InferInput<typeof ReferenceToVideoRequestSchema>;
/** A `video-edit` request. */
export type VideoEditRequest = v.InferInput<typeof VideoEditRequestSchema>;
/** A `video-extend` request. */
export type VideoExtendRequest = v.InferInput<typeof VideoExtendRequestSchema>;
/** Any neutral generation request. */
export type GenerationRequest = v.InferInput<typeof GenerationRequestSchema>;
