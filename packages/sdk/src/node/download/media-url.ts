import { type ProviderId, ResponseValidationError } from '@grok-imagine/core';

/** Who a download refusal is about: the job and output, for the error message. */
export interface TransferSubject {
  provider: ProviderId;
  /** The job id (`<provider>:<provider job id>`). */
  jobId: string;
  /** The output's index in `job.outputs`. */
  index: number;
}

/** `Job xai:abc output 0`: how every download error names what it was about. */
export function describeSubject(subject: TransferSubject): string {
  return `Job ${subject.jobId} output ${subject.index}`;
}

// An output URL is provider data: show enough to recognise it, never a whole (possibly huge) string.
function shown(url: string): string {
  return url.length > 80 ? `${url.slice(0, 77)}...` : url;
}

function refuse(subject: TransferSubject, reason: string, url: string): ResponseValidationError {
  return new ResponseValidationError(`${describeSubject(subject)}: ${reason}`, {
    provider: subject.provider,
    requestId: subject.jobId,
    code: 'invalid_media_url',
    rawText: url.slice(0, 2000),
    issues: [reason],
  });
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
    throw refuse(subject, `the media URL "${shown(url)}" is not an absolute URL.`, url);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw refuse(
      subject,
      `the media URL uses ${parsed.protocol}; only https: and http: are downloaded.`,
      url,
    );
  }
  if (parsed.username !== '' || parsed.password !== '') {
    // Credentials in a media URL would be sent to that host; a provider never needs them.
    throw refuse(subject, `the media URL for ${parsed.host} carries credentials; refused.`, '');
  }
  return parsed;
}
