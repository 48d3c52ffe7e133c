import {
  AbortedError,
  ConnectionError,
  type ProviderId,
  ProviderError,
  ResponseValidationError,
} from '@grok-imagine/core';

function family(mimeType: string): string {
  return mimeType.split('/')[0]!.trim().toLowerCase();
}

// Generic types carry no family to compare: CDNs often serve media as octet-stream.
function contentTypeFits(header: string | null, mimeType: string): boolean {
  if (!header) return true;
  const type = header.split(';')[0]!.trim().toLowerCase();
  return (
    type === 'application/octet-stream' || type === 'binary/octet-stream' || family(type) === family(mimeType)
  );
}

/** The error for a media transfer that broke off (retryable), or `AbortedError` when the caller aborted. */
export function mediaTransportError(
  provider: ProviderId,
  host: string,
  cause: unknown,
  signal: AbortSignal | undefined,
): Error {
  if (signal?.aborted) return new AbortedError('Download aborted.', { cause: signal.reason });
  const code = (cause as { cause?: { code?: unknown } }).cause?.code ?? (cause as { code?: unknown }).code;
  return new ConnectionError(
    `Download from ${host} broke off (${typeof code === 'string' ? code : String(cause)}).`,
    {
      provider,
      code: typeof code === 'string' ? code : 'download_interrupted',
      retryable: true,
    },
  );
}

/** The error for a media host's non-2xx answer; 403/404 usually mean the temporary URL expired. */
export function mediaStatusError(provider: ProviderId, host: string, status: number): ProviderError {
  return new ProviderError(
    `Download from ${host} failed with HTTP ${status}${status === 403 || status === 404 ? ' (the URL may have expired)' : ''}.`,
    { provider, status, retryable: status >= 500 || status === 429 || status === 408 },
  );
}

/**
 * Checks that a media answer's `Content-Type` is of the output's family (image/video): an HTML
 * error page served with 200 must not be saved as a picture. Returns the error, or `undefined`.
 */
export function mediaTypeMismatch(
  provider: ProviderId,
  host: string,
  contentType: string | null,
  mimeType: string,
): ResponseValidationError | undefined {
  if (contentTypeFits(contentType, mimeType)) return undefined;
  return new ResponseValidationError(
    `Download from ${host} answered ${contentType}, not ${family(mimeType)} media (${mimeType}).`,
    { provider, rawText: '', issues: [`content-type: ${contentType}`] },
  );
}
