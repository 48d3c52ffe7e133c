import { boundedRaw, isImageRequestType, type JobOutput, type RequestType } from '@grok-imagine/core';
import type { PixazoStatusResponse } from './api.ts';

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
};

const DATA_URI = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/s;
const SPACE_SEPARATED_UTC = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/;

/**
 * The MIME type of one output. Pixazo often says `application/octet-stream` (or nothing); then the
 * URL's extension decides, and failing that the request type (`image/jpeg` — core's default
 * format — for images, `video/mp4` for videos; Pixazo's own label when the type is not known).
 */
export function outputMimeType(
  url: string,
  mediaType: string | null | undefined,
  type: RequestType | undefined,
): string {
  if (mediaType && mediaType !== 'application/octet-stream') return mediaType;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not an absolute URL: read the extension off the string as it is.
  }
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  const byType = type === undefined ? undefined : isImageRequestType(type) ? 'image/jpeg' : 'video/mp4';
  return MIME_BY_EXTENSION[extension] ?? byType ?? mediaType ?? 'application/octet-stream';
}

/**
 * `output.media_url[]` as job outputs. In `sync_mode` an entry is a base64 data URI: it becomes
 * `data` (without the `data:` prefix) with the URI's own MIME type.
 */
export function mapOutputs(
  output: PixazoStatusResponse['output'],
  type: RequestType | undefined,
): JobOutput[] {
  const mediaType = output?.media_type;
  return (output?.media_url ?? []).map((url): JobOutput => {
    const dataURI = DATA_URI.exec(url);
    if (dataURI && /;base64$/i.test(dataURI[2] ?? '')) {
      const mimeType = dataURI[1] || outputMimeType('', mediaType, type);
      return { data: dataURI[3] ?? '', mimeType };
    }
    return { url, mimeType: outputMimeType(url, mediaType, type) };
  });
}

/**
 * A Pixazo time as ISO 8601. Callbacks use `2026-05-22 13:19:23` (read as UTC) next to ISO strings;
 * placeholders like `...` give `undefined`.
 */
export function pixazoTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const text = SPACE_SEPARATED_UTC.test(value) ? `${value.replace(' ', 'T')}Z` : value;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Longest failure text kept from a status body; core clips job error messages too. */
const MAX_ERROR_TEXT = 1_000;

/**
 * The `error` of a status body as text; documented as a string, anything else is tolerated. An
 * object is shown as JSON of a depth-bounded copy: one nested thousands of levels deep would make
 * `JSON.stringify` throw a `RangeError`.
 */
export function errorText(error: unknown): string | undefined {
  if (error === null || error === undefined) return undefined;
  if (typeof error === 'string') return error.trim() === '' ? undefined : error.slice(0, MAX_ERROR_TEXT);
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && message !== '') return message.slice(0, MAX_ERROR_TEXT);
  return JSON.stringify(boundedRaw(error))?.slice(0, MAX_ERROR_TEXT);
}
