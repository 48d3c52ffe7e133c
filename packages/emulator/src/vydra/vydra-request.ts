import type { ApiResponse } from '../server/http-types.ts';
import { FieldReader } from '../validation/field-reader.ts';
import { webhookUrlProblem } from '../webhooks/webhook-url.ts';
import { vydraError } from './vydra-errors.ts';

/** Vydra's Grok Imagine sub-models. */
export const VYDRA_SUB_MODELS = ['text-to-video', 'text-to-image', 'image-to-video'] as const;
/** Aspect ratios Vydra takes. */
export const VYDRA_RATIOS = ['16:9', '9:16', '4:3', '3:4', '1:1', '3:2', '2:3'] as const;

/** A validated `POST /models/grok-imagine` body. */
export interface VydraPlan {
  model: (typeof VYDRA_SUB_MODELS)[number];
  prompt?: string;
  imageUrl?: string;
  aspectRatio?: string;
  /** Video seconds; default 6. */
  duration: number;
  webhookUrl?: string;
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Validates the body; an INVALID_INPUT / INVALID_URL error response when it is wrong. */
export function readVydraRequest(body: unknown, allowHttpWebhooks: boolean): VydraPlan | ApiResponse {
  if (!FieldReader.isObject(body)) return vydraError(400, 'The body must be a JSON object', 'INVALID_INPUT');
  const reader = new FieldReader(body);
  const model = reader.oneOf('model', VYDRA_SUB_MODELS) ?? 'text-to-video';
  const prompt = reader.string('prompt', {
    required: model !== 'image-to-video',
    nonEmpty: model !== 'image-to-video',
    maxLength: 5000,
  });
  const imageUrl = reader.string('image_url', { required: model === 'image-to-video' });
  const aspectRatio = reader.oneOf('aspect_ratio', VYDRA_RATIOS);
  const duration = reader.number('duration', { min: 1, max: 15 }) ?? 6;
  const webhookUrl = reader.string('webhookUrl');
  if (reader.problem) {
    const { field, message } = reader.problem;
    return vydraError(400, message, 'INVALID_INPUT', { field });
  }
  if (imageUrl !== undefined && !isHttpUrl(imageUrl)) {
    return vydraError(400, 'image_url must be a public http(s) URL', 'INVALID_URL', { field: 'image_url' });
  }
  const hookProblem = webhookUrl === undefined ? undefined : webhookUrlProblem(webhookUrl, allowHttpWebhooks);
  if (hookProblem)
    return vydraError(400, `webhookUrl ${hookProblem}`, 'INVALID_URL', { field: 'webhookUrl' });
  return {
    model,
    duration,
    ...(prompt === undefined ? {} : { prompt }),
    ...(imageUrl === undefined ? {} : { imageUrl }),
    ...(aspectRatio === undefined ? {} : { aspectRatio }),
    ...(webhookUrl === undefined ? {} : { webhookUrl }),
  };
}
