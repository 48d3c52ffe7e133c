import { readFile, stat } from 'node:fs/promises';
import { ValidationError } from '../errors/validation-error.ts';
import type { MediaFileReadOptions } from '../media/media-input.ts';
import { mimeTypeFromPath } from '../media/mime-types.ts';
import { sniffMimeType } from '../media/sniff-mime-type.ts';

/**
 * Reads a local media file for a `{ path }` input. The MIME type comes from the extension, else
 * from the first bytes; it is left out when neither says. A file larger than `maxBytes` is refused
 * before it is read, and a missing or unreadable file is a `ValidationError` on `path`.
 */
export async function readMediaFile(
  path: string,
  options: MediaFileReadOptions = {},
): Promise<{ bytes: Uint8Array; mimeType?: string }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new ValidationError(`"${path}" is not a file.`, {
        field: 'path',
        value: path,
        allowed: 'a regular file',
      });
    }
    if (options.maxBytes !== undefined && info.size > options.maxBytes) {
      throw new ValidationError(
        `"${path}" is ${info.size} bytes, more than the ${options.maxBytes} allowed.`,
        { field: 'path', value: path, allowed: `at most ${options.maxBytes} bytes` },
      );
    }
    const buffer = await readFile(path);
    // A plain Uint8Array view: callers should not depend on Buffer's extra methods.
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const mimeType = mimeTypeFromPath(path) ?? sniffMimeType(bytes);
    return mimeType === undefined ? { bytes } : { bytes, mimeType };
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    const code = (error as { code?: unknown }).code;
    throw new ValidationError(`Cannot read "${path}" (${typeof code === 'string' ? code : String(error)}).`, {
      field: 'path',
      value: path,
      allowed: 'a readable file',
      cause: error,
    });
  }
}
