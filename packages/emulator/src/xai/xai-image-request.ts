import type { ApiResponse } from '../server/http-types.ts';
import { FieldReader } from '../validation/field-reader.ts';
import { isMediaUrl } from '../validation/media-url.ts';
import { xaiError, xaiNestedError, xaiProblem } from './xai-errors.ts';

/** xAI image models. */
export const XAI_IMAGE_MODELS = [
  'grok-imagine-image',
  'grok-imagine-image-pro',
  'grok-imagine-image-quality',
] as const;

/** Aspect ratios xAI takes for images. */
export const XAI_IMAGE_RATIOS = [
  '1:1',
  '16:9',
  '9:16',
  '4:3',
  '3:4',
  '3:2',
  '2:3',
  '2:1',
  '1:2',
  '19.5:9',
  '9:19.5',
  '20:9',
  '9:20',
  'auto',
] as const;

/** A validated image generation or edit request. */
export interface XaiImagePlan {
  model: string;
  prompt: string;
  n: number;
  aspectRatio: string;
  resolution: '1k' | '2k';
  responseFormat: 'url' | 'b64_json';
  /** How many source images an edit took (they are charged too). */
  inputs: number;
}

function readEditImages(reader: FieldReader): string[] | ApiResponse {
  const single = reader.raw('image');
  const many = reader.raw('images');
  if (single !== undefined && many !== undefined) {
    return xaiError(400, 'invalid_parameters', 'Send either image or images, not both');
  }
  if (single === undefined && many === undefined)
    return xaiNestedError(422, 'image is required', 'image', 'missing_field');
  const list = many === undefined ? [single] : many;
  if (!Array.isArray(list)) return xaiNestedError(422, 'images must be an array', 'images', 'invalid_type');
  if (list.length < 1 || list.length > 3) {
    return xaiError(400, 'invalid_parameters', `An edit takes 1 to 3 images (got ${list.length})`);
  }
  const urls: string[] = [];
  for (const entry of list) {
    const url = FieldReader.isObject(entry) ? entry.url : undefined;
    if (typeof url !== 'string')
      return xaiNestedError(422, 'each image needs a url', 'image', 'invalid_type');
    if (!isMediaUrl(url, 'image'))
      return xaiError(400, 'invalid_image_url', 'Image URL is inaccessible or invalid');
    urls.push(url);
  }
  return urls;
}

/** Validates a `/images/generations` (or, with `edit`, `/images/edits`) body. */
export function readXaiImageRequest(body: unknown, edit: boolean): XaiImagePlan | ApiResponse {
  const reader = new FieldReader(body);
  const model = reader.string('model', { required: true });
  const prompt = reader.string('prompt', { required: true, nonEmpty: true });
  const n = reader.number('n', { min: 1, max: 10, integer: true }) ?? 1;
  const aspectRatio = reader.oneOf('aspect_ratio', XAI_IMAGE_RATIOS) ?? (edit ? 'auto' : '1:1');
  const resolution = reader.oneOf('resolution', ['1k', '2k'] as const) ?? '1k';
  const responseFormat = reader.oneOf('response_format', ['url', 'b64_json'] as const) ?? 'url';
  if (reader.problem) return xaiProblem(reader.problem);
  if (!(XAI_IMAGE_MODELS as readonly string[]).includes(model!)) {
    return xaiError(
      400,
      'invalid_parameters',
      `Model ${JSON.stringify(model)} is not an image model. Use one of ${XAI_IMAGE_MODELS.join(', ')}.`,
    );
  }
  const sources = edit ? readEditImages(reader) : [];
  if (!Array.isArray(sources)) return sources;
  return {
    model: model!,
    prompt: prompt!,
    n,
    aspectRatio,
    resolution,
    responseFormat,
    inputs: sources.length,
  };
}
