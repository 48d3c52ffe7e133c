import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { ConnectionError, type ProviderId } from '@grok-imagine/core';
import {
  mediaStatusError,
  mediaTransportError,
  mediaTypeMismatch,
} from '../../media/media-response-checks.ts';

/** One transfer of a media URL into a temp file. */
export interface Transfer {
  url: string;
  /** Where the bytes go; created exclusively, so a stale file is never appended to. */
  tempPath: string;
  /** The output's declared MIME type; the response's `Content-Type` must be of the same family. */
  mimeType: string;
  provider: ProviderId;
  /** A plain `fetch`: the SDK passes no headers, so no API key ever reaches the media host. */
  fetch: typeof fetch;
  signal?: AbortSignal | undefined;
  /** Called after each chunk with the bytes written so far and the announced total. */
  onBytes?: (bytes: number, totalBytes: number | undefined) => void;
}

async function writeBody(
  handle: FileHandle,
  body: ReadableStream<Uint8Array>,
  transfer: Transfer,
  host: string,
  total: number | undefined,
): Promise<number> {
  const reader = body.getReader();
  let bytes = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      // The network broke mid-body; a disk error from write() below is not retried.
      throw mediaTransportError(transfer.provider, host, error, transfer.signal);
    }
    const { done, value } = chunk;
    if (done) return bytes;
    await handle.write(value);
    bytes += value.byteLength;
    transfer.onBytes?.(bytes, total);
  }
}

/**
 * Streams one media URL into a temp file, never holding the whole body in memory. Checks the status,
 * that `Content-Type` matches the output's family (image/video), and that `Content-Length` equals
 * the bytes written. A broken or short transfer is a retryable `ConnectionError`.
 */
export async function fetchToFile(transfer: Transfer): Promise<number> {
  const host = new URL(transfer.url).host;
  let response: Response;
  try {
    response = await transfer.fetch(transfer.url, { signal: transfer.signal, redirect: 'follow' });
  } catch (error) {
    throw mediaTransportError(transfer.provider, host, error, transfer.signal);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw mediaStatusError(transfer.provider, host, response.status);
  }
  const contentType = response.headers.get('content-type');
  const mismatch = mediaTypeMismatch(transfer.provider, host, contentType, transfer.mimeType);
  if (mismatch) {
    await response.body.cancel().catch(() => undefined);
    throw mismatch;
  }
  const lengthHeader = response.headers.get('content-length');
  const total = lengthHeader === null ? undefined : Number(lengthHeader);
  const handle = await open(transfer.tempPath, 'wx', 0o644);
  let bytes: number;
  try {
    bytes = await writeBody(handle, response.body, transfer, host, total);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (total !== undefined && Number.isFinite(total) && bytes !== total) {
    throw new ConnectionError(`Download from ${host} ended after ${bytes} of ${total} bytes.`, {
      provider: transfer.provider,
      code: 'short_body',
      retryable: true,
    });
  }
  return bytes;
}
