import { mediaRefusal, type TransferSubject } from './transfer-errors.ts';

// An output URL is provider data: show enough to recognise it, never a whole (possibly huge) string.
function shown(url: string): string {
  return url.length > 80 ? `${url.slice(0, 77)}...` : url;
}

/**
 * Parses a media URL (an output's, or a redirect's `Location` resolved against the URL it came
 * from) and accepts only absolute `http:`/`https:` URLs without credentials. Anything else
 * (`file:`, `javascript:`, a relative or malformed URL) is a `ResponseValidationError`: the
 * provider's answer is unusable, and repeating the download cannot help.
 */
export function parseMediaUrl(subject: TransferSubject, url: string, base?: URL): URL {
  let parsed: URL;
  try {
    parsed = base ? new URL(url, base) : new URL(url);
  } catch {
    throw mediaRefusal(
      subject,
      'invalid_media_url',
      `the media URL "${shown(url)}" is not an absolute URL.`,
      url,
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw mediaRefusal(
      subject,
      'invalid_media_url',
      `the media URL uses ${parsed.protocol}; only https: and http: are downloaded.`,
      url,
    );
  }
  if (parsed.username !== '' || parsed.password !== '') {
    // Credentials in a media URL would be sent to that host; a provider never needs them.
    throw mediaRefusal(
      subject,
      'invalid_media_url',
      `the media URL for ${parsed.host} carries credentials; refused.`,
    );
  }
  return parsed;
}
