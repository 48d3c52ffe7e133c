import { ValidationError } from '@grok-imagine/core';
import type { NormalizedRequestOf, ProviderRequest, ResolvedMedia } from '@grok-imagine/core';
import { XAI_ENDPOINTS, type XaiFamily } from './endpoints.ts';
import { imageInputUrl, videoInputUrl } from './media-url.ts';
import { toXaiReferencePrompt } from './reference-tags.ts';
import type {
  XaiImageEditBody,
  XaiImageGenerationBody,
  XaiVideoEditBody,
  XaiVideoEditUrlBody,
  XaiVideoExtensionBody,
  XaiVideoGenerationBody,
} from './wire-bodies.ts';

/** One xAI create call: the endpoint, its rate-limit family and the exact JSON body. */
export interface XaiWireRequest {
  path: string;
  family: XaiFamily;
  body:
    | XaiImageGenerationBody
    | XaiImageEditBody
    | XaiVideoGenerationBody
    | XaiVideoEditBody
    | XaiVideoEditUrlBody
    | XaiVideoExtensionBody;
}

/**
 * How a video edit is sent: `edits` is `POST /videos/edits` with `video: {url}` (xAI's current API,
 * the default); `generations` is the seed document's `POST /videos/generations` with `video_url`.
 */
export type XaiVideoEditForm = 'edits' | 'generations';

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

type VideoGeneration = Request<'text-to-video'> | Request<'image-to-video'> | Request<'reference-to-video'>;

function mapVideoGeneration(request: VideoGeneration, model: string): XaiVideoGenerationBody {
  const body: XaiVideoGenerationBody = {
    model,
    prompt: request.type === 'reference-to-video' ? toXaiReferencePrompt(request.prompt) : request.prompt,
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

function mapVideoEdit(request: Request<'video-edit'>, model: string, form: XaiVideoEditForm): XaiWireRequest {
  const url = videoInputUrl(request.video, 'video');
  return form === 'edits'
    ? {
        path: XAI_ENDPOINTS['video-edit'].path,
        family: 'video',
        body: { model, prompt: request.prompt, video: { url } },
      }
    : {
        path: '/videos/generations',
        family: 'video',
        body: { model, prompt: request.prompt, video_url: url },
      };
}

/**
 * Maps a neutral request (defaults applied, media resolved) to the xAI call for the model the plan
 * chose. Throws `ValidationError` / `UnsupportedError` for what xAI cannot take, before any network call.
 */
export function mapXaiRequest(
  request: ProviderRequest,
  model: string,
  editForm: XaiVideoEditForm = 'edits',
): XaiWireRequest {
  const { path, family } = XAI_ENDPOINTS[request.type];
  switch (request.type) {
    case 'text-to-image':
      return {
        path,
        family,
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
      return { path, family, body: mapImageEdit(request, model) };
    case 'text-to-video':
    case 'image-to-video':
    case 'reference-to-video':
      return { path, family, body: mapVideoGeneration(request, model) };
    case 'video-edit':
      return mapVideoEdit(request, model, editForm);
    case 'video-extend':
      return {
        path,
        family,
        body: {
          model,
          prompt: request.prompt,
          video: { url: videoInputUrl(request.video, 'video') },
          duration: request.duration,
        },
      };
  }
}
