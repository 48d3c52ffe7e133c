import type { EmulatorState } from '../server/emulator-state.ts';
import type { ApiResponse } from '../server/http-types.ts';
import { FieldReader } from '../validation/field-reader.ts';
import { isMediaUrl } from '../validation/media-url.ts';
import { xaiError, xaiErrors, xaiNestedError, xaiProblem } from './xai-errors.ts';
import { quirksOfRequest } from './xai-markers.ts';
import { type XaiVideoPlan, readCommon, readUrlObject } from './xai-video-fields.ts';

/** Longest source video an edit accepts, in seconds. */
const MAX_EDIT_SOURCE_SECONDS = 8.7;
/** Source length assumed when the source is not a file of this emulator. */
const ASSUMED_SOURCE_SECONDS = 6;

interface SourceVideo {
  seconds: number;
  resolution: '480p' | '720p';
  aspectRatio: string;
  known: boolean;
}

/** What the emulator knows about a source video: exact when it is one of its own files. */
function sourceVideo(state: EmulatorState, url: string): SourceVideo {
  const file = state.media.findByUrl(url);
  if (file?.spec.format !== 'mp4') {
    return { seconds: ASSUMED_SOURCE_SECONDS, resolution: '480p', aspectRatio: '16:9', known: false };
  }
  const { width, height, seconds = ASSUMED_SOURCE_SECONDS } = file.spec;
  return {
    seconds,
    resolution: Math.min(width, height) >= 720 ? '720p' : '480p', // output is capped at 720p
    aspectRatio: `${width}:${height}`,
    known: true,
  };
}

/** The plan of an edit: the output follows the source (length, frame, resolution capped at 720p). */
export function editPlan(
  state: EmulatorState,
  common: { model: string; prompt: string },
  url: string,
): XaiVideoPlan | ApiResponse {
  const source = sourceVideo(state, url);
  if (source.seconds > MAX_EDIT_SOURCE_SECONDS) {
    return xaiError(
      400,
      'invalid_video_url',
      `Video editing takes at most ${MAX_EDIT_SOURCE_SECONDS} s of input (got ${source.seconds} s)`,
    );
  }
  return {
    mode: 'video-edit',
    ...common,
    seconds: source.seconds,
    billedSeconds: source.seconds,
    aspectRatio: source.aspectRatio,
    resolution: source.resolution,
  };
}

/** Reads the source video from `video: {url}` (or `video_url`). */
function readSourceUrl(reader: FieldReader): string | ApiResponse {
  const fromObject = readUrlObject(reader, 'video', 'video');
  if (typeof fromObject === 'object') return fromObject;
  const url = fromObject ?? reader.string('video_url');
  if (reader.problem) return xaiProblem(reader.problem);
  if (url === undefined) return xaiNestedError(422, 'video is required', 'video', 'missing_field');
  if (!isMediaUrl(url, 'video'))
    return xaiError(400, 'invalid_video_url', 'Video URL is inaccessible or invalid');
  return url;
}

/**
 * Validates `POST /videos/edits` (`video: {url}`; output follows the source, capped at 720p). With
 * `[xai:no-edits-endpoint]` in the prompt it answers as an API without that route (404).
 */
export function readXaiVideoEdit(body: unknown, state: EmulatorState): XaiVideoPlan | ApiResponse {
  if (quirksOfRequest(body).has('no-edits-endpoint')) return xaiErrors.notFound('/videos/edits');
  const reader = new FieldReader(body);
  const common = readCommon(reader);
  if ('status' in common) return common;
  const url = readSourceUrl(reader);
  return typeof url === 'string' ? editPlan(state, common, url) : url;
}

/** Validates `POST /videos/extensions`: a 2–15 s source extended by `duration` 2–10 s (default 6). */
export function readXaiVideoExtension(body: unknown, state: EmulatorState): XaiVideoPlan | ApiResponse {
  const reader = new FieldReader(body);
  const common = readCommon(reader);
  if ('status' in common) return common;
  const duration = reader.number('duration', { min: 2, max: 10, integer: true }) ?? 6;
  if (reader.problem) return xaiProblem(reader.problem);
  const url = readSourceUrl(reader);
  if (typeof url !== 'string') return url;
  const source = sourceVideo(state, url);
  if (source.known && (source.seconds < 2 || source.seconds > 15)) {
    return xaiError(
      400,
      'invalid_video_url',
      `The source video must be 2 to 15 s long (got ${source.seconds} s)`,
    );
  }
  return {
    mode: 'video-extend',
    ...common,
    seconds: source.seconds + duration,
    billedSeconds: duration,
    aspectRatio: source.aspectRatio,
    resolution: source.resolution,
  };
}
