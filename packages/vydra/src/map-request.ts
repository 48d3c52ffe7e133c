import {
  type ProviderRequest,
  type ResolvedMedia,
  type UploadMedia,
  UnsupportedError,
  ValidationError,
  type WebhookTarget,
} from '@grok-imagine/core';
import type { VydraSubmitBody } from './api.ts';

/** What `toVydraBody` needs besides the request. */
export interface VydraBodyOptions {
  /** Turns bytes into a URL; without it bytes are an `UnsupportedError`. */
  uploadMedia?: UploadMedia | undefined;
  /** Webhook to register as `webhookUrl` (Vydra has one mode: it calls on completion). */
  webhook?: WebhookTarget | undefined;
}

/** Vydra takes image URLs only: bytes go through the user's upload hook. */
async function imageUrl(media: ResolvedMedia, field: string, upload?: UploadMedia): Promise<string> {
  if (media.kind === 'url') return media.url;
  if (upload) return upload(media);
  throw new UnsupportedError(
    `vydra takes ${field} as a URL only; pass an https URL or configure uploadMedia to host the bytes (${media.mimeType}, ${media.bytes.byteLength} bytes).`,
    { provider: 'vydra', code: 'inline_media_unsupported' },
  );
}

/** The Vydra sub-model a neutral request type runs on (an image edit is text-to-image + `image_url`). */
export function vydraModelFor(type: ProviderRequest['type']): VydraSubmitBody['model'] | undefined {
  if (type === 'text-to-image' || type === 'image-edit') return 'text-to-image';
  if (type === 'text-to-video' || type === 'image-to-video') return type;
  return undefined;
}

// `auto` means "follow the source image", which Vydra does when no ratio is sent.
function ratio(aspectRatio: string): Pick<VydraSubmitBody, 'aspect_ratio'> {
  return aspectRatio === 'auto' ? {} : { aspect_ratio: aspectRatio };
}

/**
 * Maps a normalized request onto the body of `POST /models/grok-imagine`. Every value is explicit
 * (core applied its defaults); `model` is always sent so Vydra's own default never decides.
 */
export async function toVydraBody(
  request: ProviderRequest,
  options: VydraBodyOptions = {},
): Promise<VydraSubmitBody> {
  const hook = options.webhook ? { webhookUrl: options.webhook.url } : {};
  switch (request.type) {
    case 'text-to-image':
      return { model: 'text-to-image', prompt: request.prompt, ...ratio(request.aspectRatio), ...hook };
    case 'image-edit': {
      const [source, ...rest] = request.images;
      if (!source || rest.length > 0) {
        throw new ValidationError(`vydra edits exactly one image, got ${request.images.length}.`, {
          provider: 'vydra',
          field: 'images',
          value: request.images.length,
          allowed: '1 image',
        });
      }
      const image_url = await imageUrl(source, 'images[0]', options.uploadMedia);
      return {
        model: 'text-to-image',
        prompt: request.prompt,
        image_url,
        ...ratio(request.aspectRatio),
        ...hook,
      };
    }
    case 'text-to-video':
      return {
        model: 'text-to-video',
        prompt: request.prompt,
        ...ratio(request.aspectRatio),
        duration: request.duration,
        ...hook,
      };
    case 'image-to-video': {
      const image_url = await imageUrl(request.image, 'image', options.uploadMedia);
      return {
        model: 'image-to-video',
        prompt: request.prompt,
        image_url,
        ...ratio(request.aspectRatio),
        duration: request.duration,
        ...hook,
      };
    }
    case 'reference-to-video':
    case 'video-edit':
    case 'video-extend':
      throw new UnsupportedError(`vydra does not support ${request.type} requests.`, {
        provider: 'vydra',
        code: 'unsupported_request_type',
      });
  }
}
