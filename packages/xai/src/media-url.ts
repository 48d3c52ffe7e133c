import { toDataUri, UnsupportedError } from '@grok-imagine/core';
import type { ResolvedMedia } from '@grok-imagine/core';

/** An image input as xAI takes it: the URL as given, or the bytes as a `data:` URI (xAI accepts both). */
export function imageInputUrl(media: ResolvedMedia): string {
  return media.kind === 'url' ? media.url : toDataUri(media);
}

/** A video input as xAI takes it: only a URL xAI can fetch; bytes are an `UnsupportedError`. */
export function videoInputUrl(media: ResolvedMedia, field: string): string {
  if (media.kind === 'url' && !media.url.startsWith('data:')) return media.url;
  throw new UnsupportedError(
    `xai needs ${field} as a public video URL (https://…); it does not accept uploaded bytes or data: URIs for video. Host the file and pass its URL.`,
    { provider: 'xai', code: 'video_url_required' },
  );
}
