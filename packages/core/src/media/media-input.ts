/**
 * A media input as a user gives it:
 * - a string: an `https:`/`http:` URL or a `data:` URI;
 * - a `URL`;
 * - bytes (`Uint8Array`, `ArrayBuffer`) or a `Blob`, optionally with a MIME type: `{ data, mimeType }`;
 * - a file path `{ path }` — Node only, through `@grok-imagine/sdk/node` (or `@grok-imagine/core/node`).
 */
export type MediaInput =
  | string
  | URL
  | Uint8Array
  | ArrayBuffer
  | Blob
  | { data: Uint8Array | ArrayBuffer | Blob; mimeType?: string }
  | { path: string };

/** A media input after core has read and checked it: either a URL or bytes with a known MIME type. */
export type ResolvedMedia =
  | { kind: 'url'; url: string }
  | { kind: 'bytes'; bytes: Uint8Array; mimeType: string };

/** What `resolveMedia` tells a file reader. */
export interface MediaFileReadOptions {
  /** Refuse (rather than read) a file larger than this many bytes. */
  maxBytes?: number;
}

/**
 * Reads a file for a `{ path }` media input. Injected by the Node entry points (`readMediaFile`).
 * `mimeType` may be left out; core then sniffs the bytes.
 */
export type MediaFileReader = (
  path: string,
  options?: MediaFileReadOptions,
) => Promise<{ bytes: Uint8Array; mimeType?: string | undefined }>;
