// Base64 openings of the formats xAI may return: JPEG FF D8 FF, PNG 89 50 4E 47, WebP "RIFF".
const BASE64_SIGNATURES: readonly [string, string][] = [
  ['/9j/', 'image/jpeg'],
  ['iVBORw0KGgo', 'image/png'],
  ['UklGR', 'image/webp'],
];

const EXTENSIONS: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/**
 * The MIME type of an xAI image, from its base64 signature or its URL's extension. xAI picks the
 * format itself and does not say which, so this falls back to `image/jpeg`, its usual output.
 */
export function xaiImageMimeType(image: { url?: string | null; b64_json?: string | null }): string {
  if (image.b64_json) {
    for (const [prefix, mimeType] of BASE64_SIGNATURES)
      if (image.b64_json.startsWith(prefix)) return mimeType;
  }
  if (image.url) {
    const path = image.url.split(/[?#]/, 1)[0] ?? '';
    const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
    const known = extension ? EXTENSIONS[extension] : undefined;
    if (known) return known;
  }
  return 'image/jpeg';
}
