import type { MediaFileReader, MediaInput, ResolvedMedia } from '../media/media-input.ts';
import { resolveMedia } from '../media/resolve-media.ts';
import type { NormalizedRequest, ProviderRequest } from '../request/normalized-request.ts';

/** Default largest image input: 20 MiB. */
export const DEFAULT_MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Default largest video input: 100 MiB. */
export const DEFAULT_MAX_VIDEO_BYTES = 100 * 1024 * 1024;

/** Options of `resolveRequestMedia`. */
export interface ResolveRequestMediaOptions {
  readFile?: MediaFileReader | undefined;
  maxImageBytes?: number | undefined;
  maxVideoBytes?: number | undefined;
  /** Fields the user set; an image-edit given `image` (not `images`) names `image` in errors. */
  explicitFields?: ReadonlySet<string>;
}

/** A text-only request: `resolveRequestMedia` would hand it back as it is. */
export function isTextOnly(
  request: NormalizedRequest,
): request is Extract<NormalizedRequest, { type: 'text-to-image' | 'text-to-video' }> {
  return request.type === 'text-to-image' || request.type === 'text-to-video';
}

/**
 * Reads and checks every media input of a normalized request, giving the `ProviderRequest` an
 * adapter receives. Errors name the request field (`image`, `images[1]`, `references[0]`, `video`).
 */
export async function resolveRequestMedia(
  request: NormalizedRequest,
  options: ResolveRequestMediaOptions = {},
): Promise<ProviderRequest> {
  const image = (input: MediaInput, field: string): Promise<ResolvedMedia> =>
    resolveMedia(input, {
      kind: 'image',
      field,
      maxBytes: options.maxImageBytes ?? DEFAULT_MAX_IMAGE_BYTES,
      readFile: options.readFile,
    });
  const video = (input: MediaInput): Promise<ResolvedMedia> =>
    resolveMedia(input, {
      kind: 'video',
      field: 'video',
      maxBytes: options.maxVideoBytes ?? DEFAULT_MAX_VIDEO_BYTES,
      readFile: options.readFile,
    });
  switch (request.type) {
    case 'text-to-image':
    case 'text-to-video':
      return request;
    case 'image-edit': {
      const single = options.explicitFields?.has('image') === true && request.images.length === 1;
      const images = await Promise.all(
        request.images.map((input, i) => image(input, single ? 'image' : `images[${i}]`)),
      );
      return { ...request, images };
    }
    case 'image-to-video':
      return { ...request, image: await image(request.image, 'image') };
    case 'reference-to-video': {
      const references = await Promise.all(
        request.references.map((input, i) => image(input, `references[${i}]`)),
      );
      return { ...request, references };
    }
    case 'video-edit':
    case 'video-extend':
      return { ...request, video: await video(request.video) };
  }
}
