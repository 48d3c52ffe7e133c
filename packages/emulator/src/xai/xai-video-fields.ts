import type { ApiResponse } from '../server/http-types.ts';
import { FieldReader } from '../validation/field-reader.ts';
import { isMediaUrl } from '../validation/media-url.ts';
import { xaiError, xaiNestedError, xaiProblem } from './xai-errors.ts';

/** xAI video models; only the 1.5 model renders 1080p. */
export const XAI_VIDEO_MODELS = ['grok-imagine-video', 'grok-imagine-video-1.5'] as const;
/** Aspect ratios xAI takes for video. */
export const XAI_VIDEO_RATIOS = ['16:9', '9:16', '1:1', '4:3', '3:4', '3:2', '2:3'] as const;
/** Which kind of video job a request asks for. */
export type XaiVideoMode =
  | 'text-to-video'
  | 'image-to-video'
  | 'reference-to-video'
  | 'video-edit'
  | 'video-extend';

/** A validated video request. */
export interface XaiVideoPlan {
  mode: XaiVideoMode;
  model: string;
  prompt: string;
  /** Length of the output video. */
  seconds: number;
  /** Seconds that are charged (an extension charges only the added part). */
  billedSeconds: number;
  aspectRatio: string;
  resolution: string;
}

/** Reads `model` and `prompt`, which every video request needs. */
export function readCommon(reader: FieldReader): { model: string; prompt: string } | ApiResponse {
  const model = reader.string('model', { required: true });
  const prompt = reader.string('prompt', { required: true, nonEmpty: true });
  if (reader.problem) return xaiProblem(reader.problem);
  if (!(XAI_VIDEO_MODELS as readonly string[]).includes(model!)) {
    return xaiError(
      400,
      'invalid_parameters',
      `Model ${JSON.stringify(model)} is not a video model. Use one of ${XAI_VIDEO_MODELS.join(', ')}.`,
    );
  }
  return { model: model!, prompt: prompt! };
}

/** Reads a `{url}` media object field; its URL must be http(s) or a data URI of the family. */
export function readUrlObject(
  reader: FieldReader,
  field: string,
  family: 'image' | 'video',
): string | ApiResponse | undefined {
  const value = reader.raw(field);
  if (value === undefined || value === null) return undefined;
  const url = FieldReader.isObject(value) ? value.url : undefined;
  if (typeof url !== 'string')
    return xaiNestedError(422, `${field}.url must be a string`, field, 'invalid_type');
  if (!isMediaUrl(url, family)) {
    return xaiError(
      400,
      `invalid_${family}_url`,
      `${family === 'image' ? 'Image' : 'Video'} URL is inaccessible or invalid`,
    );
  }
  return url;
}
