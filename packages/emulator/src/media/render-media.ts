import { tintColor } from './color.ts';
import { encodeJpeg } from './jpeg.ts';
import { MEDIA_TYPES, type MediaSpec } from './media-store.ts';
import { encodePng } from './png.ts';
import { cachedMp4 } from './video-cache.ts';
import { encodeWebp } from './webp.ts';

/** The bytes of a media file and their MIME type. */
export interface RenderedMedia {
  bytes: Buffer;
  mimeType: string;
}

/** Produces the real bytes for a media spec (rendered on demand; images are tiny, videos cached). */
export function renderMedia(spec: MediaSpec): RenderedMedia {
  const color = tintColor(spec.tint);
  const { mimeType } = MEDIA_TYPES[spec.format];
  switch (spec.format) {
    case 'png':
      return { bytes: encodePng(spec.width, spec.height, color), mimeType };
    case 'jpeg':
      return { bytes: encodeJpeg(spec.width, spec.height, color), mimeType };
    case 'webp':
      return { bytes: encodeWebp(spec.width, spec.height, color), mimeType };
    case 'mp4':
      return {
        bytes: cachedMp4({
          width: spec.width,
          height: spec.height,
          seconds: spec.seconds ?? 1,
          tint: spec.tint,
        }),
        mimeType,
      };
  }
}

/** A `data:` URI holding the file (Pixazo `sync_mode`). */
export function mediaDataUri(spec: MediaSpec): string {
  const { bytes, mimeType } = renderMedia(spec);
  return `data:${mimeType};base64,${bytes.toString('base64')}`;
}
