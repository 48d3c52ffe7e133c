/** Image MIME types every provider accepts as input. */
export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** Video MIME types accepted as input. */
export const VIDEO_MIME_TYPES = ['video/mp4', 'video/quicktime', 'video/webm'] as const;

/** An accepted input image MIME type. */
export type ImageMimeType = (typeof IMAGE_MIME_TYPES)[number];

/** An accepted input video MIME type. */
export type VideoMimeType = (typeof VIDEO_MIME_TYPES)[number];

/** Aliases seen in the wild for the canonical types above. */
const ALIASES: Readonly<Record<string, string>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'video/mov': 'video/quicktime',
  'video/x-m4v': 'video/mp4',
};

/** MIME types that say nothing about the content; the bytes are sniffed instead. */
const GENERIC = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

/**
 * Lower-cases a MIME type, drops parameters (`; charset=…`) and maps aliases (`image/jpg`) to the
 * canonical name. Returns `undefined` for an empty or generic type such as `application/octet-stream`,
 * so that the caller sniffs the bytes instead.
 */
export function normalizeMimeType(mimeType: string | undefined): string | undefined {
  if (mimeType === undefined) return undefined;
  const bare = (mimeType.split(';')[0] ?? '').trim().toLowerCase();
  if (GENERIC.has(bare)) return undefined;
  return ALIASES[bare] ?? bare;
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jfif: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  qt: 'video/quicktime',
  webm: 'video/webm',
};

/** The MIME type a file name's extension implies (`photo.JPG` → `image/jpeg`), or `undefined`. */
export function mimeTypeFromPath(path: string): string | undefined {
  const name = path.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return EXTENSIONS[name.slice(dot + 1).toLowerCase()];
}
