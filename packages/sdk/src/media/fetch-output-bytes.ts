import {
  type Clock,
  ConnectionError,
  decodeBase64,
  GrokImagineError,
  type JobOutput,
  type ProviderId,
  ResponseValidationError,
  systemClock,
  ValidationError,
} from '@grok-imagine/core';
import { mediaStatusError, mediaTransportError, mediaTypeMismatch } from './media-response-checks.ts';
import { requestOutput } from './request-output.ts';

/** Largest output `fetchOutputBytes` holds in memory unless told otherwise: 64 MiB. */
export const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** Options of `fetchOutputBytes`. */
export interface FetchOutputBytesOptions {
  /** Provider that made the output; named in errors. */
  provider: ProviderId;
  /** Refuse a body larger than this many bytes (default `DEFAULT_MAX_OUTPUT_BYTES`). */
  maxBytes?: number;
  /** `fetch` for the media URL (default: the global one). It is called with no headers at all. */
  fetch?: typeof fetch;
  /** Retries of a broken transfer (reset connection, short body, 5xx). Default 2. */
  retries?: number;
  signal?: AbortSignal;
  /** Clock for the pauses between retries; inject a fake in tests. */
  clock?: Clock;
  /**
   * Fetch from private hosts. Default `false`: a URL, or a redirect's target, whose host is an IP
   * literal in a loopback, private, link-local, unique-local, unspecified, multicast, reserved or
   * carrier-grade NAT range (`http://169.254.169.254/`, `http://[::1]/`, `http://0x7f.1/`), or
   * `localhost` / `*.localhost`, is refused before any request with a `ResponseValidationError`
   * (`code: 'private_media_host'`). Host names are not resolved (there is no DNS lookup in every
   * runtime), so a name that resolves to a private address is not caught; `download` from
   * `@grok-imagine/sdk/node` checks every resolved address. Turn it on for the emulator or a local
   * proxy (`imagine.allowsPrivateHosts(provider)` says whether the config does).
   */
  allowPrivateHosts?: boolean;
}

/** An output's media, in memory. */
export interface OutputBytes {
  bytes: Uint8Array;
  /** The output's declared MIME type. */
  mimeType: string;
}

function tooLarge(
  provider: ProviderId,
  where: string,
  size: number,
  maxBytes: number,
): ResponseValidationError {
  return new ResponseValidationError(
    `${where} holds ${size} bytes, more than the ${maxBytes} allowed (maxBytes).`,
    {
      provider,
      rawText: '',
      issues: [`size: ${size}`],
    },
  );
}

async function readCapped(
  body: ReadableStream<Uint8Array>,
  host: string,
  options: FetchOutputBytesOptions,
  maxBytes: number,
): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw mediaTransportError(options.provider, host, error, options.signal);
    }
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      // Stop reading at once: an unannounced oversize body is never buffered whole.
      await reader.cancel().catch(() => undefined);
      throw tooLarge(options.provider, `Download from ${host}`, size, maxBytes);
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function fetchOnce(url: URL, mimeType: string, options: FetchOutputBytesOptions, maxBytes: number) {
  const { response, host } = await requestOutput(url, options);
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw mediaStatusError(options.provider, host, response.status);
  }
  const mismatch = mediaTypeMismatch(options.provider, host, response.headers.get('content-type'), mimeType);
  const announced = Number(response.headers.get('content-length') ?? Number.NaN);
  if (mismatch || announced > maxBytes) {
    await response.body.cancel().catch(() => undefined);
    throw mismatch ?? tooLarge(options.provider, `Download from ${host}`, announced, maxBytes);
  }
  const bytes = await readCapped(response.body, host, options, maxBytes);
  if (Number.isFinite(announced) && bytes.byteLength !== announced) {
    throw new ConnectionError(
      `Download from ${host} ended after ${bytes.byteLength} of ${announced} bytes.`,
      {
        provider: options.provider,
        code: 'short_body',
        retryable: true,
      },
    );
  }
  return bytes;
}

function checkedUrl(url: string): URL {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (parsed?.protocol === 'https:' || parsed?.protocol === 'http:') return parsed;
  throw new ValidationError(
    `Output URL ${JSON.stringify(url)} is not an http(s) URL; refusing to fetch it.`,
    {
      field: 'output.url',
      value: url,
      allowed: ['https:', 'http:'],
    },
  );
}

function isRetryable(error: unknown): boolean {
  return GrokImagineError.isInstance(error) && error.retryable && error.name !== 'AbortedError';
}

/**
 * Reads one job output into memory: inline `data` is decoded without network; a URL is fetched
 * with no API key or other header, checked (status, type family, length) and refused past
 * `maxBytes` without buffering the rest. Unless `allowPrivateHosts`, a URL on a private host (an
 * IP literal or `localhost`) is refused before any request, and redirects are followed by hand, at
 * most 5, each target checked the same way. A broken transfer is tried again up to `retries` times.
 * For large videos prefer `download` from `@grok-imagine/sdk/node`, which streams to disk.
 */
export async function fetchOutputBytes(
  output: JobOutput,
  options: FetchOutputBytesOptions,
): Promise<OutputBytes> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  if (output.blocked) {
    throw new ValidationError('This output was withheld by moderation; it has no media to fetch.', {
      provider: options.provider,
      field: 'output.blocked',
      value: true,
    });
  }
  if (output.data !== undefined) {
    const bytes = decodeBase64(output.data);
    if (bytes.byteLength > maxBytes)
      throw tooLarge(options.provider, 'Inline output', bytes.byteLength, maxBytes);
    return { bytes, mimeType: output.mimeType };
  }
  if (output.url === undefined) {
    throw new ValidationError('This output has neither data nor a URL.', {
      field: 'output.url',
      value: undefined,
    });
  }
  const url = checkedUrl(output.url);
  const clock = options.clock ?? systemClock;
  const retries = options.retries ?? 2;
  for (let attempt = 0; ; attempt++) {
    try {
      return { bytes: await fetchOnce(url, output.mimeType, options, maxBytes), mimeType: output.mimeType };
    } catch (error) {
      if (!isRetryable(error) || attempt >= retries) throw error;
      await clock.sleep(250 * 2 ** attempt, options.signal);
    }
  }
}
