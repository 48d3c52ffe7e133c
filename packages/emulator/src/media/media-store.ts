import type { Random } from '../state/random.ts';

/** The file formats the media server produces. */
export type MediaFormat = 'png' | 'jpeg' | 'webp' | 'mp4';

/** What one media file should contain. */
export interface MediaSpec {
  format: MediaFormat;
  width: number;
  height: number;
  /** Video length, for `mp4`. */
  seconds?: number;
  /** Picks the colour, so different jobs look different. */
  tint: number;
}

/** One emulated output file, served from the media origin. */
export interface MediaFile {
  /** The unguessable part of the URL. */
  readonly token: string;
  /** The absolute URL on the media server. */
  readonly url: string;
  readonly spec: MediaSpec;
  /** Before this time the file does not exist yet (404). */
  readonly availableAt: number;
  /** From this time the file is gone (410). */
  readonly expiresAt: number;
}

/** The MIME type and file extension of each format. */
export const MEDIA_TYPES: Record<MediaFormat, { mimeType: string; ext: string }> = {
  png: { mimeType: 'image/png', ext: 'png' },
  jpeg: { mimeType: 'image/jpeg', ext: 'jpeg' },
  webp: { mimeType: 'image/webp', ext: 'webp' },
  mp4: { mimeType: 'video/mp4', ext: 'mp4' },
};

/** Registers output files and finds them again by token or URL. */
export class MediaStore {
  readonly #files = new Map<string, MediaFile>();
  readonly #origin: string;
  readonly #random: Random;

  constructor(origin: string, random: Random) {
    this.#origin = origin;
    this.#random = random;
  }

  /** Creates a file that appears at `availableAt` and expires at `expiresAt`. */
  create(spec: MediaSpec, availableAt: number, expiresAt: number): MediaFile {
    const token = this.#random.hex(32);
    const url = `${this.#origin}/media/${token}.${MEDIA_TYPES[spec.format].ext}`;
    const file: MediaFile = { token, url, spec, availableAt, expiresAt };
    this.#files.set(token, file);
    return file;
  }

  /** The file with this token. */
  find(token: string): MediaFile | undefined {
    return this.#files.get(token);
  }

  /** The file behind a URL of this media server (used to learn a source video's length). */
  findByUrl(url: string): MediaFile | undefined {
    const match = /\/media\/([0-9a-f]+)\.[a-z0-9]+$/.exec(url);
    return url.startsWith(this.#origin) && match ? this.find(match[1]!) : undefined;
  }
}
