/** True for a URL a provider could fetch: http(s), or a base64 `data:` URI of the given media family. */
export function isMediaUrl(value: string, family: 'image' | 'video'): boolean {
  if (value.startsWith('data:'))
    return new RegExp(`^data:${family}/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=\\s]+$`).test(value);
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
