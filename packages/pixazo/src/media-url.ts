import { type ResolvedMedia, UnsupportedError, type UploadMedia } from '@grok-imagine/core';

/**
 * The public URL Pixazo fetches a media input from. Pixazo takes media only as URLs it can reach,
 * so bytes (including data URIs and files, which core reads into bytes) go through the user's
 * `uploadMedia` hook; without one they are an `UnsupportedError` that says how to fix it.
 */
export async function toPublicURL(
  media: ResolvedMedia,
  field: string,
  uploadMedia: UploadMedia | undefined,
): Promise<string> {
  if (media.kind === 'url' && /^https?:\/\//i.test(media.url)) return media.url;
  if (media.kind === 'bytes' && uploadMedia) return uploadMedia(media);
  const given = media.kind === 'bytes' ? `bytes (${media.mimeType})` : 'a non-HTTP URL';
  throw new UnsupportedError(
    `Pixazo needs public URLs for media inputs, but ${field} was given as ${given}. Pass uploadMedia in the Pixazo config to upload it and send its URL, or give a public https:// URL.`,
    { provider: 'pixazo', code: 'public_url_required' },
  );
}
