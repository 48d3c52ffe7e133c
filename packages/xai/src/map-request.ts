import { ValidationError } from '@grok-imagine/core';
import type { NormalizedRequestOf, ProviderRequest, ResolvedMedia } from '@grok-imagine/core';
import type {
  XaiImageEditBody,
  XaiImageGenerationBody,
  XaiVideoEditBody,
  XaiVideoExtensionBody,
  XaiVideoGenerationBody,
} from './api.ts';
import { imageInputUrl, videoInputUrl } from './media-url.ts';
import { checkXaiVideoResolution, pickXaiModel, type XaiModels } from './models.ts';

/** One xAI call: which endpoint, which rate-limit family, and the exact JSON body. */
export type XaiWireRequest =
  | { family: 'image'; path: '/images/generations'; body: XaiImageGenerationBody }
  | { family: 'image'; path: '/images/edits'; body: XaiImageEditBody }
  | { family: 'video'; path: '/videos/generations'; body: XaiVideoGenerationBody }
  | { family: 'video'; path: '/videos/edits'; body: XaiVideoEditBody }
  | { family: 'video'; path: '/videos/extensions'; body: XaiVideoExtensionBody };

type Request<T extends ProviderRequest['type']> = NormalizedRequestOf<T, ResolvedMedia>;

function responseFormat(delivery: 'url' | 'data'): 'url' | 'b64_json' {
  return delivery === 'data' ? 'b64_json' : 'url';
}

function mapImageEdit(request: Request<'image-edit'>, model: string): XaiImageEditBody {
  const refs = request.images.map((image) => ({ url: imageInputUrl(image), type: 'image_url' as const }));
  // xAI takes an aspect ratio for multi-image edits only; one source image fixes the frame itself.
  if (refs.length === 1 && request.aspectRatio !== 'auto') {
    throw new ValidationError(
      `aspectRatio ${JSON.stringify(request.aspectRatio)} is not supported by xai for an image-edit with one source image: the output follows the source. Use 'auto', or give 2–3 images.`,
      { provider: 'xai', field: 'aspectRatio', value: request.aspectRatio, allowed: ['auto'] },
    );
  }
  return {
    model,
    prompt: request.prompt,
    ...(refs.length === 1 ? { image: refs[0]! } : { images: refs }),
    n: request.n,
    resolution: request.resolution,
    ...(request.aspectRatio === 'auto' ? {} : { aspect_ratio: request.aspectRatio }),
    response_format: responseFormat(request.delivery),
  };
}

type GenerationRequest = Request<'text-to-video'> | Request<'image-to-video'> | Request<'reference-to-video'>;

function mapVideoGeneration(
  request: GenerationRequest,
  model: string,
  models: XaiModels,
): XaiVideoGenerationBody {
  checkXaiVideoResolution(request.resolution, model, models);
  const body: XaiVideoGenerationBody = {
    model,
    prompt: request.prompt,
    duration: request.duration,
    // 'auto' means "follow the source image", which xAI does when aspect_ratio is left out.
    ...(request.aspectRatio === 'auto' ? {} : { aspect_ratio: request.aspectRatio }),
    resolution: request.resolution,
  };
  if (request.type === 'image-to-video') body.image = { url: imageInputUrl(request.image) };
  if (request.type === 'reference-to-video')
    body.reference_images = request.references.map((ref) => ({ url: imageInputUrl(ref) }));
  return body;
}

/**
 * Maps a neutral request (defaults applied, media resolved) to the xAI endpoint and JSON body.
 * Throws `ValidationError` / `UnsupportedError` for what xAI cannot take, before any network call.
 */
export function mapXaiRequest(request: ProviderRequest, models: XaiModels): XaiWireRequest {
  const model = pickXaiModel(request, models);
  switch (request.type) {
    case 'text-to-image':
      return {
        family: 'image',
        path: '/images/generations',
        body: {
          model,
          prompt: request.prompt,
          n: request.n,
          aspect_ratio: request.aspectRatio,
          resolution: request.resolution,
          response_format: responseFormat(request.delivery),
        },
      };
    case 'image-edit':
      return { family: 'image', path: '/images/edits', body: mapImageEdit(request, model) };
    case 'text-to-video':
    case 'image-to-video':
    case 'reference-to-video':
      return {
        family: 'video',
        path: '/videos/generations',
        body: mapVideoGeneration(request, model, models),
      };
    case 'video-edit':
      return {
        family: 'video',
        path: '/videos/edits',
        body: { model, prompt: request.prompt, video: { url: videoInputUrl(request.video, 'video') } },
      };
    case 'video-extend':
      return {
        family: 'video',
        path: '/videos/extensions',
        body: {
          model,
          prompt: request.prompt,
          video: { url: videoInputUrl(request.video, 'video') },
          duration: request.duration,
        },
      };
  }
}
