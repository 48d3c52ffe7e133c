import { open } from 'node:fs/promises';
import { type Clock, ConnectionError } from '@grok-imagine/core';
import { followRedirects } from './follow-redirects.ts';
import type { MediaResponse } from './media-request.ts';
import { contentTypeFits, type MediaKind } from './media-content-type.ts';
import type { HostPolicy } from './resolve-media-host.ts';
import { TransferDeadline } from './transfer-deadline.ts';
import {
  brokenTransfer,
  describeSubject,
  failedStatus,
  mediaRefusal,
  type TransferSubject,
} from './transfer-errors.ts';
import { writeBody } from './write-body.ts';

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

function checkHeaders(transfer: Transfer, host: string, response: MediaResponse): number | undefined {
  const status = response.statusCode;
  if (status < 200 || status >= 300) throw failedStatus(transfer.subject, host, status);
  const contentType = response.headers['content-type'];
  if (!contentTypeFits(contentType, transfer.kind, transfer.mimeType)) {
    throw mediaRefusal(
      transfer.subject,
      'unexpected_content_type',
      `${host} answered ${contentType ?? 'no Content-Type'}, not ${transfer.kind} media (${transfer.mimeType}).`,
    );
  }
  const lengthHeader = response.headers['content-length'];
  const total = lengthHeader === undefined ? undefined : Number(lengthHeader);
  if (total !== undefined && Number.isFinite(total) && total > transfer.maxBytes) {
    throw mediaRefusal(
      transfer.subject,
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
  let response: MediaResponse | undefined;
  try {
    response = await followRedirects(transfer, deadline);
    const total = checkHeaders(transfer, deadline.host, response);
    const handle = await open(transfer.tempPath, 'wx', 0o644);
    let bytes: number;
    try {
      bytes = await writeBody(handle, response, {
        ...transfer,
        deadline,
        total,
        tooLarge: () =>
          mediaRefusal(
            transfer.subject,
            'media_too_large',
            `${deadline.host} sent more than the ${transfer.maxBytes}-byte limit.`,
          ),
        broken: (cause) => brokenTransfer(transfer.subject, deadline.host, cause),
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
