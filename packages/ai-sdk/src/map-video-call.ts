import {
  type Experimental_VideoModelV4CallOptions,
  type Experimental_VideoModelV4File,
  InvalidArgumentError,
  type SharedV4Warning,
} from '@ai-sdk/provider';
import type { GenerationRequest, RequestType } from '@grok-imagine/sdk';
import { mediaTypeOf, toMediaInput } from './media-file.ts';
import { definedFields, type MappedCall, type MappingContext } from './mapped-call.ts';
import type { GrokImagineVideoModelId } from './model-ids.ts';
import type { GrokImagineVideoOptions } from './provider-options.ts';
import {
  allowedRatios,
  allowsValue,
  matchRatio,
  parseSize,
  reduceRatio,
  videoResolutionForSize,
} from './size-mapping.ts';
import { videoInputWarnings } from './video-input-warnings.ts';

/** What the video mapping needs beyond the provider's capabilities. */
export interface VideoMappingContext extends MappingContext {
  /** The xAI model id of the 1.5 video model (config `providers.xai.models.video1080p`, else the default). */
  xaiVideo15Model: string;
}

function isImageFile(file: Experimental_VideoModelV4File): boolean {
  const type = mediaTypeOf(file);
  // A URL without a media type is taken for an image: Grok Imagine references are images.
  return type === undefined || type.startsWith('image/');
}

function pickType(image: unknown, references: readonly unknown[]): RequestType {
  if (image) return 'image-to-video';
  return references.length > 0 ? 'reference-to-video' : 'text-to-video';
}

/**
 * Maps a `VideoModelV4` call to a neutral request: `image` (or a `first_frame`) makes it
 * `image-to-video`, image `inputReferences` make it `reference-to-video`; `resolution` `1280x720`
 * becomes `720p` (and, without an aspect ratio, `16:9`); `adaptive` follows the start image. `fps`,
 * `seed`, a last frame, video references and `generateAudio: false` have no equivalent: warnings.
 */
export function mapVideoCall(
  options: Experimental_VideoModelV4CallOptions,
  modelId: GrokImagineVideoModelId,
  extras: GrokImagineVideoOptions,
  context: VideoMappingContext,
): MappedCall {
  if (options.n > 1) {
    throw new InvalidArgumentError({
      argument: 'n',
      message: `Grok Imagine makes one video per call; n was ${options.n}. Start one call per video.`,
    });
  }
  const warnings: SharedV4Warning[] = videoInputWarnings(options);
  const image =
    options.image ?? options.frameImages?.find((frame) => frame.frameType === 'first_frame')?.image;
  const references = (options.inputReferences ?? []).filter(isImageFile);
  if (image && references.length > 0) {
    warnings.push({
      type: 'other',
      message:
        'inputReferences were not sent: a start image and references cannot be combined; image-to-video was made.',
    });
  }
  const type = pickType(image, references);

  let aspectRatio: string | undefined;
  if (options.aspectRatio === 'adaptive') {
    if (type === 'image-to-video') aspectRatio = 'auto';
    else
      warnings.push({
        type: 'unsupported',
        feature: 'aspectRatio',
        details: "'adaptive' follows a start image; without one the default aspect ratio is used.",
      });
  } else if (options.aspectRatio) {
    aspectRatio = reduceRatio(options.aspectRatio);
  }

  let resolution = extras.resolution;
  if (options.resolution) {
    const pixels = parseSize(options.resolution);
    const named = pixels && videoResolutionForSize(pixels);
    if (!named) {
      warnings.push({
        type: 'unsupported',
        feature: 'resolution',
        details: `resolution ${options.resolution} has no Grok Imagine equivalent (480p, 720p, 1080p: 854x480, 1280x720, 1920x1080 or portrait).`,
      });
    }
    resolution ??= named;
    if (pixels && !aspectRatio && type !== 'image-to-video') {
      aspectRatio = matchRatio(pixels, allowedRatios(context.capabilities, type));
    }
  }

  const is15 = modelId === 'grok-imagine-video-1.5';
  const extraProviderOptions = { ...extras.providerOptions };
  if (is15 && (type === 'text-to-video' || type === 'image-to-video')) {
    if (resolution === undefined) {
      if (allowsValue(context.capabilities, type, 'resolution', '1080p')) resolution = '1080p';
      else
        warnings.push({
          type: 'other',
          message: `grok-imagine-video-1.5 defaults to 1080p, which this provider does not offer for ${type}; its default resolution is used.`,
        });
    }
    // xAI picks the 1.5 model for 1080p on its own; below 1080p it must be named.
    if (resolution !== '1080p' && extraProviderOptions.xai?.model === undefined) {
      extraProviderOptions.xai = { ...extraProviderOptions.xai, model: context.xaiVideo15Model };
    }
  }

  const request = {
    type,
    ...definedFields({
      prompt: options.prompt,
      duration: options.duration,
      aspectRatio,
      resolution,
      providerOptions: Object.keys(extraProviderOptions).length > 0 ? extraProviderOptions : undefined,
    }),
    ...(type === 'image-to-video' && image ? { image: toMediaInput(image) } : {}),
    ...(type === 'reference-to-video' ? { references: references.map(toMediaInput) } : {}),
  } as GenerationRequest;
  return { request, warnings, strict: extras.strict ?? false, webhook: extras.webhook };
}
