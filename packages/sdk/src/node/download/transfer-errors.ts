import {
  ConnectionError,
  isCertificateRefusal,
  type ProviderId,
  ProviderError,
  ResponseValidationError,
} from '@grok-imagine/core';

/** Who a download error is about: the job and output. */
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

/**
 * A media URL, host, type or size the download refuses: a `ResponseValidationError` (the
 * provider's answer is unusable; repeating the download cannot help).
 */
export function mediaRefusal(
  subject: TransferSubject,
  code: string,
  reason: string,
  rawText = '',
): ResponseValidationError {
  return new ResponseValidationError(`${describeSubject(subject)}: ${reason}`, {
    provider: subject.provider,
    requestId: subject.jobId,
    code,
    rawText,
    issues: [reason],
  });
}

/**
 * The network broke a transfer (reset, DNS): a retryable `ConnectionError` with the system code. A
 * certificate the TLS check refused is a `ConnectionError` too, but not retried.
 */
export function brokenTransfer(subject: TransferSubject, host: string, cause: unknown): ConnectionError {
  const code = (cause as { code?: unknown } | null)?.code;
  const named = typeof code === 'string' ? code : 'download_interrupted';
  const options = { provider: subject.provider, requestId: subject.jobId, code: named };
  if (isCertificateRefusal(named)) {
    return new ConnectionError(
      `${describeSubject(subject)}: the TLS certificate of ${host} was refused (${named}); not retried.`,
      { ...options, retryable: false },
    );
  }
  return new ConnectionError(`${describeSubject(subject)}: the download from ${host} broke off (${named}).`, {
    ...options,
    retryable: true,
  });
}

/** The media host answered a non-2xx status: retryable for 408, 429 and 5xx only. */
export function failedStatus(subject: TransferSubject, host: string, status: number): ProviderError {
  const expired = status === 403 || status === 404 || status === 410 ? ' (the URL may have expired)' : '';
  return new ProviderError(
    `${describeSubject(subject)}: the download from ${host} failed with HTTP ${status}${expired}.`,
    {
      provider: subject.provider,
      requestId: subject.jobId,
      status,
      retryable: status >= 500 || status === 429 || status === 408,
    },
  );
}
