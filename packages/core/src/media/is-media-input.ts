import type { MediaInput } from './media-input.ts';

/** True when `value` has the shape of a `MediaInput` (its content is checked later). */
export function isMediaInput(value: unknown): value is MediaInput {
  if (typeof value === 'string' || value instanceof URL) return true;
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return true;
  if (typeof Blob !== 'undefined' && value instanceof Blob) return true;
  if (typeof value !== 'object' || value === null) return false;
  if ('path' in value) return typeof value.path === 'string' && value.path.length > 0;
  if ('data' in value) {
    const data = value.data;
    const mimeOk =
      !('mimeType' in value) || value.mimeType === undefined || typeof value.mimeType === 'string';
    return (
      mimeOk &&
      (data instanceof Uint8Array ||
        data instanceof ArrayBuffer ||
        (typeof Blob !== 'undefined' && data instanceof Blob))
    );
  }
  return false;
}
