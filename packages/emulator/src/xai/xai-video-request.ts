import type { EmulatorState } from '../server/emulator-state.ts';
import type { ApiResponse } from '../server/http-types.ts';
import { FieldReader } from '../validation/field-reader.ts';
import { isMediaUrl } from '../validation/media-url.ts';
import { xaiError, xaiNestedError, xaiProblem } from './xai-errors.ts';
import {
  XAI_VIDEO_RATIOS,
  type XaiVideoMode,
  type XaiVideoPlan,
  readCommon,
  readUrlObject,
} from './xai-video-fields.ts';
import { editPlan } from './xai-video-source.ts';

/** Validates `POST /videos/generations` (text, image, reference images, or `video_url` for an edit). */
export function readXaiVideoGeneration(body: unknown, state: EmulatorState): XaiVideoPlan | ApiResponse {
  const reader = new FieldReader(body);
  const common = readCommon(reader);
  if ('status' in common) return common;
  const duration = reader.number('duration', { min: 1, max: 15, integer: true }) ?? 10;
  const aspectRatio = reader.oneOf('aspect_ratio', XAI_VIDEO_RATIOS) ?? '16:9';
  const resolution = reader.oneOf('resolution', ['480p', '720p', '1080p'] as const) ?? '480p';
  const videoUrl = reader.string('video_url');
  if (reader.problem) return xaiProblem(reader.problem);
  const image = readUrlObject(reader, 'image', 'image');
  if (typeof image === 'object') return image;
  const references = reader.raw('reference_images');
  const modes = [
    image !== undefined,
    references !== undefined && references !== null,
    videoUrl !== undefined,
  ];
  if (modes.filter(Boolean).length > 1) {
    return xaiError(400, 'invalid_parameters', 'Send only one of image, reference_images and video_url');
  }
  if (resolution === '1080p' && common.model !== 'grok-imagine-video-1.5') {
    return xaiError(400, 'invalid_parameters', '1080p is only available with grok-imagine-video-1.5');
  }
  if (videoUrl !== undefined) {
    if (!isMediaUrl(videoUrl, 'video'))
      return xaiError(400, 'invalid_video_url', 'Video URL is inaccessible or invalid');
    return editPlan(state, common, videoUrl);
  }
  let mode: XaiVideoMode = image === undefined ? 'text-to-video' : 'image-to-video';
  if (modes[1]) {
    const problem = checkReferences(references, resolution);
    if (problem) return problem;
    mode = 'reference-to-video';
  }
  return { mode, ...common, seconds: duration, billedSeconds: duration, aspectRatio, resolution };
}

function checkReferences(references: unknown, resolution: string): ApiResponse | undefined {
  if (!Array.isArray(references))
    return xaiNestedError(422, 'reference_images must be an array', 'reference_images', 'invalid_type');
  if (references.length < 1 || references.length > 7) {
    return xaiError(
      400,
      'invalid_parameters',
      `reference_images takes 1 to 7 images (got ${references.length})`,
    );
  }
  for (const entry of references) {
    const url = FieldReader.isObject(entry) ? entry.url : undefined;
    if (typeof url !== 'string')
      return xaiNestedError(422, 'each reference image needs a url', 'reference_images', 'invalid_type');
    if (!isMediaUrl(url, 'image'))
      return xaiError(400, 'invalid_image_url', 'Image URL is inaccessible or invalid');
  }
  if (resolution === '1080p')
    return xaiError(400, 'invalid_parameters', 'Reference-to-video is limited to 720p');
  return undefined;
}
