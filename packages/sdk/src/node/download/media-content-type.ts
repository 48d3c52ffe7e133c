/** What a job's outputs are: decided by the request type, never by the media host. */
export type MediaKind = 'image' | 'video';

const GENERIC_TYPES = new Set(['application/octet-stream', 'binary/octet-stream']);

/** The bare, lower-case MIME type of a `Content-Type` value (`video/mp4; codecs=…` → `video/mp4`). */
export function bareMimeType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Whether a response's `Content-Type` may be saved as an output of `kind`: `image/*` for images,
 * `video/*` for videos. A generic type (or none) is accepted only when the output's own MIME type
 * names the expected kind, since CDNs often serve media as `application/octet-stream`; `text/html`
 * (an expiry or login page) and any other family is refused.
 */
export function contentTypeFits(
  header: string | undefined,
  kind: MediaKind,
  outputMimeType: string,
): boolean {
  const type = bareMimeType(header);
  if (type.startsWith(`${kind}/`)) return true;
  if (type !== '' && !GENERIC_TYPES.has(type)) return false;
  return bareMimeType(outputMimeType).startsWith(`${kind}/`);
}
