import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import {
  AbortedError,
  ConnectionError,
  type ProviderId,
  ProviderError,
  ResponseValidationError,
} from '@grok-imagine/core';

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

function transportError(transfer: Transfer, host: string, cause: unknown): Error {
  if (transfer.signal?.aborted)
    return new AbortedError('Download aborted.', { cause: transfer.signal.reason });
  const code = (cause as { cause?: { code?: unknown } }).cause?.code ?? (cause as { code?: unknown }).code;
  return new ConnectionError(
    `Download from ${host} broke off (${typeof code === 'string' ? code : String(cause)}).`,
    {
      provider: transfer.provider,
      code: typeof code === 'string' ? code : 'download_interrupted',
      retryable: true,
    },
  );
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
      throw transportError(transfer, host, error);
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
    throw transportError(transfer, host, error);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    const status = response.status;
    throw new ProviderError(
      `Download from ${host} failed with HTTP ${status}${status === 403 || status === 404 ? ' (the URL may have expired)' : ''}.`,
      {
        provider: transfer.provider,
        status,
        retryable: status >= 500 || status === 429 || status === 408,
      },
    );
  }
  const contentType = response.headers.get('content-type');
  if (!contentTypeFits(contentType, transfer.mimeType)) {
    await response.body.cancel().catch(() => undefined);
    throw new ResponseValidationError(
      `Download from ${host} answered ${contentType}, not ${family(transfer.mimeType)} media (${transfer.mimeType}).`,
      { provider: transfer.provider, rawText: '', issues: [`content-type: ${contentType}`] },
    );
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
