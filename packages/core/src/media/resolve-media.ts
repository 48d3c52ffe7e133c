import { GrokImagineError } from '../errors/grok-imagine-error.ts';
import { UnsupportedError } from '../errors/unsupported-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { isMediaInput } from './is-media-input.ts';
import { decodeDataUri, isDataUri, parseDataUri } from './data-uri.ts';
import type { MediaFileReader, MediaInput, ResolvedMedia } from './media-input.ts';
import { IMAGE_MIME_TYPES, normalizeMimeType, VIDEO_MIME_TYPES } from './mime-types.ts';
import { sniffMimeType } from './sniff-mime-type.ts';
import { summarizeValue } from './summarize-value.ts';

/** Options of `resolveMedia`. */
export interface ResolveMediaOptions {
  /** Whether the field takes an image or a video; decides the allowed MIME types. */
  kind: 'image' | 'video';
  /** Dotted path of the request field, named in errors (e.g. `images[1]`). */
  field: string;
  /** Largest accepted size in bytes. */
  maxBytes: number;
  /** Reads `{ path }` inputs; only the Node entry points provide one. */
  readFile?: MediaFileReader | undefined;
}

type Bytes = { bytes: Uint8Array; declaredMime: string | undefined; summary: string };

function allowedTypes(kind: 'image' | 'video'): readonly string[] {
  return kind === 'image' ? IMAGE_MIME_TYPES : VIDEO_MIME_TYPES;
}

function invalid(
  options: ResolveMediaOptions,
  summary: string,
  problem: string,
  allowed: string | readonly string[],
): ValidationError {
  const allowedText = typeof allowed === 'string' ? allowed : allowed.join(', ');
  return new ValidationError(`${options.field} ${summary}: ${problem}; allowed: ${allowedText}.`, {
    field: options.field,
    value: summary,
    allowed,
  });
}

function checkSize(size: number, summary: string, options: ResolveMediaOptions): void {
  if (size === 0) throw invalid(options, summary, 'the media is empty', `1 to ${options.maxBytes} bytes`);
  if (size > options.maxBytes) {
    const mib = (options.maxBytes / 1024 / 1024).toFixed(1);
    throw invalid(
      options,
      summary,
      `${size} bytes is too large`,
      `at most ${options.maxBytes} bytes (${mib} MiB)`,
    );
  }
}

function fromUrl(url: URL, options: ResolveMediaOptions): ResolvedMedia {
  if (url.protocol === 'https:' || url.protocol === 'http:') return { kind: 'url', url: url.href };
  const hint = url.protocol === 'file:' ? ' (for a local file pass { path } through the Node entry)' : '';
  throw invalid(
    options,
    JSON.stringify(url.href.slice(0, 80)),
    `the ${url.protocol} scheme is not supported${hint}`,
    'http(s) URLs, data: URIs, bytes, Blobs, { data, mimeType }, { path } in Node',
  );
}

function fromDataUri(uri: string, options: ResolveMediaOptions): Bytes {
  const summary = summarizeValue(uri);
  const parsed = parseDataUri(uri);
  if (!parsed)
    throw invalid(
      options,
      summary,
      'the data: URI has no comma before its payload',
      'data:<mime>;base64,<data>',
    );
  // Refuse oversize payloads before decoding them.
  checkSize(parsed.byteLength, summary, options);
  try {
    return { bytes: decodeDataUri(parsed), declaredMime: parsed.mimeType, summary };
  } catch {
    throw invalid(options, summary, 'the base64 payload is not valid', 'data:<mime>;base64,<data>');
  }
}

async function fromBinary(
  data: Uint8Array | ArrayBuffer | Blob,
  mimeType: string | undefined,
  options: ResolveMediaOptions,
): Promise<Bytes> {
  const summary = summarizeValue(data);
  if (data instanceof Uint8Array) return { bytes: data, declaredMime: mimeType, summary };
  if (data instanceof ArrayBuffer) return { bytes: new Uint8Array(data), declaredMime: mimeType, summary };
  // Check a Blob's size before reading it into memory.
  checkSize(data.size, summary, options);
  return { bytes: new Uint8Array(await data.arrayBuffer()), declaredMime: mimeType ?? data.type, summary };
}

async function fromFile(path: string, options: ResolveMediaOptions): Promise<Bytes> {
  const summary = `file ${JSON.stringify(path)}`;
  if (!options.readFile) {
    throw new UnsupportedError(
      `${options.field}: file paths (${summary}) can only be read in Node; import createImagine from "@grok-imagine/sdk/node" (or use "@grok-imagine/core/node"), or pass the bytes, a URL or a data: URI.`,
      { code: 'file_paths_need_node' },
    );
  }
  try {
    const file = await options.readFile(path, { maxBytes: options.maxBytes });
    return { bytes: file.bytes, declaredMime: file.mimeType, summary };
  } catch (error) {
    if (error instanceof ValidationError && error.field !== 'path') throw error;
    const reason = GrokImagineError.isInstance(error)
      ? error.message
      : ((error as { code?: string }).code ?? String(error));
    throw new ValidationError(`${options.field}: could not read ${summary}: ${reason}`, {
      field: options.field,
      value: path,
      allowed: `a readable file of at most ${options.maxBytes} bytes`,
      cause: error,
    });
  }
}

async function toBytes(input: MediaInput, options: ResolveMediaOptions): Promise<Bytes | ResolvedMedia> {
  if (typeof input === 'string') {
    if (isDataUri(input)) return fromDataUri(input, options);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      let url: URL;
      try {
        url = new URL(input);
      } catch {
        throw invalid(options, summarizeValue(input), 'not a valid URL', 'http(s) URLs or data: URIs');
      }
      return fromUrl(url, options);
    }
    throw invalid(
      options,
      summarizeValue(input),
      'a string must be an http(s) URL or a data: URI (for a local file pass { path } through the Node entry)',
      'http(s) URLs, data: URIs',
    );
  }
  if (input instanceof URL)
    return input.protocol === 'data:' ? fromDataUri(input.href, options) : fromUrl(input, options);
  if ('path' in input && typeof input.path === 'string') return fromFile(input.path, options);
  if ('data' in input) return fromBinary(input.data, input.mimeType, options);
  return fromBinary(input as Uint8Array | ArrayBuffer | Blob, undefined, options);
}

/**
 * Reads and checks one media input. URLs pass through as `{ kind: 'url' }`; data URIs, bytes, Blobs
 * and files become `{ kind: 'bytes' }` with a MIME type taken from the data URI, the given type or
 * the Blob's type, else sniffed from the first bytes. Only JPEG/PNG/WebP images and MP4/QuickTime/
 * WebM videos pass. A wrong type or a size over `maxBytes` is a `ValidationError` naming the field,
 * a summary of the value (never the bytes) and what is allowed; a `{ path }` without `readFile` is an
 * `UnsupportedError` pointing at the Node entry.
 */
export async function resolveMedia(input: MediaInput, options: ResolveMediaOptions): Promise<ResolvedMedia> {
  if (!isMediaInput(input)) {
    throw invalid(
      options,
      summarizeValue(input),
      'not a media input',
      'http(s) URLs, data: URIs, bytes, Blobs, { data, mimeType }, { path } in Node',
    );
  }
  const read = await toBytes(input, options);
  if ('kind' in read) return read;
  checkSize(read.bytes.byteLength, read.summary, options);
  const mimeType = normalizeMimeType(read.declaredMime) ?? sniffMimeType(read.bytes);
  const allowed = allowedTypes(options.kind);
  if (mimeType === undefined)
    throw invalid(options, read.summary, `the ${options.kind} type could not be recognised`, allowed);
  if (!allowed.includes(mimeType))
    throw invalid(options, read.summary, `${mimeType} is not an accepted ${options.kind} type`, allowed);
  return { kind: 'bytes', bytes: read.bytes, mimeType };
}
