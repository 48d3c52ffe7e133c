import {
  type ProviderRequest,
  type ResolvedMedia,
  UnsupportedError,
  type UploadMedia,
  ValidationError,
} from '@grok-imagine/core';
import type { VydraSubmitBody } from './api.ts';
import type { VydraRoute } from './routes.ts';

/** Vydra takes image URLs only: bytes go through the user's upload hook. */
async function imageUrl(media: ResolvedMedia, field: string, upload?: UploadMedia): Promise<string> {
  if (media.kind === 'url') return media.url;
  if (upload) return upload(media);
  throw new UnsupportedError(
    `vydra takes ${field} as a URL only; pass an https URL or configure uploadMedia to host the bytes (${media.mimeType}, ${media.bytes.byteLength} bytes).`,
    { provider: 'vydra', code: 'inline_media_unsupported' },
  );
}

/** The one source image of an edit or image-to-video request, checked. */
function sourceOf(
  request: ProviderRequest,
  route: VydraRoute,
): { media: ResolvedMedia; field: string } | undefined {
  if (route.sourceImage === 'image' && request.type === 'image-to-video')
    return { media: request.image, field: 'image' };
  if (route.sourceImage !== 'images' || request.type !== 'image-edit') return undefined;
  const [first, ...rest] = request.images;
  if (!first || rest.length > 0) {
    throw new ValidationError(`vydra edits exactly one image, got ${request.images.length}.`, {
      provider: 'vydra',
      field: 'images',
      value: request.images.length,
      allowed: '1 image',
    });
  }
  return { media: first, field: 'images[0]' };
}

/**
 * Maps a normalized request onto the body of `POST /models/grok-imagine` for its planned route. Every
 * value is explicit (core applied its defaults): `model` is always sent so Vydra's own default never
 * decides; `auto` ratio means "follow the source image", which Vydra does when no ratio is sent.
 */
export async function toVydraBody(
  request: ProviderRequest,
  route: VydraRoute,
  uploadMedia?: UploadMedia,
): Promise<VydraSubmitBody> {
  const body: VydraSubmitBody = { model: route.model, prompt: request.prompt };
  const source = sourceOf(request, route);
  if (source) body.image_url = await imageUrl(source.media, source.field, uploadMedia);
  const ratio = 'aspectRatio' in request ? request.aspectRatio : undefined;
  if (ratio !== undefined && ratio !== 'auto') body.aspect_ratio = ratio;
  if (route.media === 'video' && 'duration' in request) body.duration = request.duration;
  return body;
}
