import {
  type GenerationRequest,
  IMAGE_ASPECT_RATIOS,
  IMAGE_FORMATS,
  IMAGE_RESOLUTIONS,
  QUALITY_TIERS,
  REQUEST_TYPES,
  type RequestType,
  VIDEO_ASPECT_RATIOS,
  VIDEO_RESOLUTIONS,
  ValidationError,
} from '@grok-imagine/sdk/node';
import { toMediaInput } from './media-arg.ts';
import { parseCount, pickValue } from './parse-values.ts';
import type { RequestFlags } from './request-flags.ts';

/** Short names accepted wherever a request type is typed (`quote video …`). */
const TYPE_ALIASES: Readonly<Record<string, RequestType>> = {
  image: 'text-to-image',
  edit: 'image-edit',
  video: 'text-to-video',
};

/** Every name a command line may use for a request type: the short names first. */
const TYPE_NAMES: readonly string[] = [...Object.keys(TYPE_ALIASES), ...REQUEST_TYPES];

/** A request type from the command line: a full type (`text-to-video`) or `image`, `edit`, `video`. */
export function parseRequestType(text: string): RequestType {
  const name = pickValue('type', text, TYPE_NAMES);
  return TYPE_ALIASES[name] ?? (name as RequestType);
}

function imageFields(flags: RequestFlags) {
  return {
    ...(flags.n !== undefined && { n: parseCount('n', flags.n) }),
    ...(flags.aspectRatio !== undefined && {
      aspectRatio: pickValue('aspectRatio', flags.aspectRatio, IMAGE_ASPECT_RATIOS),
    }),
    ...(flags.resolution !== undefined && {
      resolution: pickValue('resolution', flags.resolution, IMAGE_RESOLUTIONS),
    }),
    ...(flags.format !== undefined && { format: pickValue('format', flags.format, IMAGE_FORMATS) }),
    ...(flags.quality !== undefined && { quality: pickValue('quality', flags.quality, QUALITY_TIERS) }),
    ...(flags.data && { delivery: 'data' as const }),
  };
}

function videoFields(flags: RequestFlags) {
  const resolutions = VIDEO_RESOLUTIONS.filter((r) => r !== 'auto');
  return {
    ...(flags.duration !== undefined && { duration: parseCount('duration', flags.duration) }),
    ...(flags.aspectRatio !== undefined && {
      aspectRatio: pickValue('aspectRatio', flags.aspectRatio, VIDEO_ASPECT_RATIOS),
    }),
    ...(flags.resolution !== undefined && {
      resolution: pickValue('resolution', flags.resolution, resolutions),
    }),
  };
}

function required(field: string, values: readonly string[] | undefined, type: RequestType): string[] {
  if (!values?.length) {
    throw new ValidationError(`${type} needs --${field} <url|path>.`, {
      field,
      allowed: 'a URL or a file path',
    });
  }
  return [...values];
}

/**
 * Turns a command line's request type, prompt and flags into a neutral request. Values are checked
 * against what any provider accepts; the provider's own limits are checked by the SDK.
 */
export function buildRequest(
  type: RequestType,
  prompt: string,
  flags: RequestFlags,
  cwd: string,
): GenerationRequest {
  const media = (field: string, values: readonly string[]) => values.map((v) => toMediaInput(field, v, cwd));
  switch (type) {
    case 'text-to-image':
      return { type, prompt, ...imageFields(flags) };
    case 'image-edit': {
      const images = media('image', required('image', flags.image, type));
      return images.length === 1
        ? { type, prompt, image: images[0]!, ...imageFields(flags) }
        : { type, prompt, images, ...imageFields(flags) };
    }
    case 'text-to-video':
      return { type, prompt, ...videoFields(flags) };
    case 'image-to-video': {
      const [image] = media('image', required('image', flags.image, type));
      return { type, prompt, image: image!, ...videoFields(flags) };
    }
    case 'reference-to-video':
      return {
        type,
        prompt,
        references: media('reference', required('reference', flags.reference, type)),
        ...videoFields(flags),
      };
    case 'video-edit': {
      const [video] = media('video', required('video', flags.video ? [flags.video] : undefined, type));
      const resolution =
        flags.resolution === undefined
          ? {}
          : { resolution: pickValue('resolution', flags.resolution, ['auto', '480p', '720p'] as const) };
      return { type, prompt, video: video!, ...resolution };
    }
    case 'video-extend': {
      const [video] = media('video', required('video', flags.video ? [flags.video] : undefined, type));
      return {
        type,
        prompt,
        video: video!,
        ...(flags.duration !== undefined && { duration: parseCount('duration', flags.duration) }),
      };
    }
  }
}

/** The type `video` runs: text-to-video, or image-/reference-to-video when `--image` / `--reference` is given. */
export function videoRequestType(flags: RequestFlags): RequestType {
  if (flags.image?.length && flags.reference?.length) {
    throw new ValidationError(
      'give either --image (image-to-video) or --reference (reference-to-video), not both.',
      {
        field: 'image',
        allowed: '--image or --reference',
      },
    );
  }
  if (flags.image?.length) return 'image-to-video';
  if (flags.reference?.length) return 'reference-to-video';
  return 'text-to-video';
}
