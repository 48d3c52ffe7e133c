import type { IncomingMessage } from 'node:http';
import { open } from 'node:fs/promises';
import { type Clock, ConnectionError, ProviderError, ResponseValidationError } from '@grok-imagine/core';
import { contentTypeFits, type MediaKind } from './media-content-type.ts';
import { requestMedia } from './media-request.ts';
import { describeSubject, parseMediaUrl, type TransferSubject } from './media-url.ts';
import { type HostPolicy, resolveMediaHost } from './resolve-media-host.ts';
import { TransferDeadline } from './transfer-deadline.ts';
import { writeBody } from './write-body.ts';

/** Redirects followed before a download gives up. */
export const MAX_MEDIA_REDIRECTS = 5;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** One transfer of a media URL into a temp file. */
export interface Transfer {
  subject: TransferSubject;
  url: string;
  /** Where the bytes go; created exclusively, so a stale file is never appended to. */
  tempPath: string;
  kind: MediaKind;
  /** The output's declared MIME type; lets a generic `Content-Type` through when it names `kind`. */
  mimeType: string;
  /** Most bytes accepted; a bigger body is refused, read no further. */
  maxBytes: number;
  stallTimeoutMs: number;
  /** The whole download's limit in ms (for messages) and when it ends on `clock`'s time. */
  timeoutMs: number;
  deadlineAt: number;
  clock: Clock;
  /** Which hosts may be contacted, and how their names are resolved. */
  policy: HostPolicy;
  signal?: AbortSignal | undefined;
  /** Called after each chunk with the bytes written so far and the announced total. */
  onBytes?: ((bytes: number, totalBytes: number | undefined) => void) | undefined;
}

function transportError(transfer: Transfer, host: string, cause: unknown): ConnectionError {
  const code = (cause as { code?: unknown }).code;
  const named = typeof code === 'string' ? code : 'download_interrupted';
  return new ConnectionError(
    `${describeSubject(transfer.subject)}: the download from ${host} broke off (${named}).`,
    {
      provider: transfer.subject.provider,
      requestId: transfer.subject.jobId,
      code: named,
      retryable: true,
    },
  );
}

function refusal(transfer: Transfer, code: string, reason: string): ResponseValidationError {
  return new ResponseValidationError(`${describeSubject(transfer.subject)}: ${reason}`, {
    provider: transfer.subject.provider,
    requestId: transfer.subject.jobId,
    code,
    rawText: '',
    issues: [reason],
  });
}

function statusError(transfer: Transfer, host: string, status: number): ProviderError {
  const expired = status === 403 || status === 404 || status === 410 ? ' (the URL may have expired)' : '';
  return new ProviderError(
    `${describeSubject(transfer.subject)}: the download from ${host} failed with HTTP ${status}${expired}.`,
    {
      provider: transfer.subject.provider,
      requestId: transfer.subject.jobId,
      status,
      retryable: status >= 500 || status === 429 || status === 408,
    },
  );
}

// Follows redirects by hand: each hop must be http(s) without credentials and its host is
// resolved and checked again, so a redirect cannot lead to a private address.
async function openFinalResponse(transfer: Transfer, deadline: TransferDeadline): Promise<IncomingMessage> {
  let url = parseMediaUrl(transfer.subject, transfer.url);
  for (let hop = 0; ; hop++) {
    deadline.host = url.host;
    const addresses = await resolveMediaHost(transfer.subject, url, transfer.policy);
    let response: IncomingMessage;
    try {
      response = await requestMedia({ url, addresses, kind: transfer.kind, signal: deadline.signal });
    } catch (cause) {
      throw deadline.failure ?? transportError(transfer, url.host, cause);
    }
    deadline.touch();
    const status = response.statusCode ?? 0;
    if (!REDIRECTS.has(status)) return response;
    response.destroy();
    const location = response.headers.location;
    if (location === undefined) {
      throw refusal(transfer, 'bad_redirect', `${url.host} answered ${status} without a Location header.`);
    }
    if (hop >= MAX_MEDIA_REDIRECTS) {
      throw refusal(
        transfer,
        'too_many_redirects',
        `more than ${MAX_MEDIA_REDIRECTS} redirects, the last from ${url.host}.`,
      );
    }
    url = parseMediaUrl(transfer.subject, location, url);
  }
}

function checkHeaders(transfer: Transfer, host: string, response: IncomingMessage): number | undefined {
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) throw statusError(transfer, host, status);
  const contentType = response.headers['content-type'];
  if (!contentTypeFits(contentType, transfer.kind, transfer.mimeType)) {
    throw refusal(
      transfer,
      'unexpected_content_type',
      `${host} answered ${contentType ?? 'no Content-Type'}, not ${transfer.kind} media (${transfer.mimeType}).`,
    );
  }
  const lengthHeader = response.headers['content-length'];
  const total = lengthHeader === undefined ? undefined : Number(lengthHeader);
  if (total !== undefined && Number.isFinite(total) && total > transfer.maxBytes) {
    throw refusal(
      transfer,
      'media_too_large',
      `${host} announced ${total} bytes, over the ${transfer.maxBytes}-byte limit.`,
    );
  }
  return total !== undefined && Number.isFinite(total) ? total : undefined;
}

/**
 * Streams one media URL into a temp file, never holding the whole body in memory: checks the URL,
 * the host's addresses (on every redirect), the status, that `Content-Type` is media of the
 * output's kind, the size cap, and that `Content-Length` equals the bytes written. A broken, short
 * or stalled transfer is retryable; a refused URL, host, type or size is a `ResponseValidationError`.
 */
export async function fetchToFile(transfer: Transfer): Promise<number> {
  const deadline = new TransferDeadline({ ...transfer, signal: transfer.signal });
  let response: IncomingMessage | undefined;
  try {
    response = await openFinalResponse(transfer, deadline);
    const total = checkHeaders(transfer, deadline.host, response);
    const handle = await open(transfer.tempPath, 'wx', 0o644);
    let bytes: number;
    try {
      bytes = await writeBody(handle, response, {
        ...transfer,
        deadline,
        total,
        tooLarge: () =>
          refusal(
            transfer,
            'media_too_large',
            `${deadline.host} sent more than the ${transfer.maxBytes}-byte limit.`,
          ),
        broken: (cause) => transportError(transfer, deadline.host, cause),
      });
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (total !== undefined && bytes !== total) {
      throw new ConnectionError(
        `${describeSubject(transfer.subject)}: the download from ${deadline.host} ended after ${bytes} of ${total} bytes.`,
        {
          provider: transfer.subject.provider,
          requestId: transfer.subject.jobId,
          code: 'short_body',
          retryable: true,
        },
      );
    }
    return bytes;
  } finally {
    response?.destroy();
    deadline.dispose();
  }
}
