import type { LookupFunction } from 'node:net';
import { ChunkedDecoder } from './chunked-decoder.ts';
import type { MediaKind } from './media-content-type.ts';
import { PulledSocket, SocketClosedError } from './pulled-socket.ts';
import type { ResolvedAddress } from './resolve-media-host.ts';
import {
  type BodyFraming,
  bodyFraming,
  MAX_HEAD_BYTES,
  MalformedResponseError,
  parseResponseHead,
  type ResponseHead,
} from './response-head.ts';

/** One GET of a media URL, connected only to addresses that were checked beforehand. */
export interface MediaRequest {
  url: URL;
  /** The checked addresses of `url`'s host; the socket connects to these and nothing else. */
  addresses: readonly ResolvedAddress[];
  kind: MediaKind;
  /** Ends the request (and the response being read) when it fires. */
  signal: AbortSignal;
}

/**
 * A media response whose head has arrived. Iterating it yields the body; each chunk is valid only
 * until the next one is asked for (its memory is reused), so write it before pulling on.
 */
export interface MediaResponse extends ResponseHead, AsyncIterable<Buffer> {
  /** Closes the connection; the body is read no further. */
  destroy(): void;
}

// Answers the socket's DNS question with the checked addresses: no second lookup happens, so a
// DNS answer that changes between check and connect (rebinding) cannot redirect the socket.
function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const list = addresses.map(({ address, family }) => ({ address, family }));
    if (options.all) (callback as (e: null, a: typeof list) => void)(null, list);
    else callback(null, list[0]!.address, list[0]!.family);
  };
}

// Only these headers: no API key, cookie or authorization ever reaches a media host.
function requestText(media: MediaRequest): string {
  return [
    `GET ${media.url.pathname}${media.url.search} HTTP/1.1`,
    `Host: ${media.url.host}`,
    `Accept: ${media.kind}/*, application/octet-stream;q=0.5`,
    'User-Agent: grok-imagine-sdk',
    'Connection: close',
    '',
    '',
  ].join('\r\n');
}

// Reads up to the blank line that ends a head; resolves with the head and the bytes after it.
async function readHead(socket: PulledSocket): Promise<{ head: ResponseHead; rest: Buffer }> {
  let bytes = Buffer.alloc(0);
  for (;;) {
    const end = bytes.indexOf('\r\n\r\n');
    if (end !== -1) {
      const head = parseResponseHead(bytes.toString('latin1', 0, end));
      const rest = bytes.subarray(end + 4);
      // 1xx answers (100 Continue, 103 Early Hints) come before the real one.
      if (head.statusCode >= 200 || head.statusCode === 101) return { head, rest: Buffer.from(rest) };
      bytes = rest;
      continue;
    }
    if (bytes.length > MAX_HEAD_BYTES) throw new MalformedResponseError('response head too large');
    const more = await socket.read();
    if (more === undefined) throw new SocketClosedError('before the response head');
    bytes = Buffer.concat([bytes, more]);
  }
}

async function* bodyOf(socket: PulledSocket, framing: BodyFraming, first: Buffer): AsyncGenerator<Buffer> {
  try {
    const chunked = framing.kind === 'chunked' ? new ChunkedDecoder() : undefined;
    let left = framing.kind === 'length' ? framing.length : Number.POSITIVE_INFINITY;
    let bytes: Buffer | undefined = first;
    while (left > 0 && !chunked?.done) {
      if (chunked) yield* chunked.push(bytes);
      else if (bytes.length > 0) {
        const part = bytes.length > left ? bytes.subarray(0, left) : bytes;
        left -= part.length;
        yield part;
      }
      if (left === 0 || chunked?.done) return;
      bytes = await socket.read();
      // A short body ends here; the caller compares the bytes with Content-Length.
      if (bytes === undefined) {
        if (chunked) throw new SocketClosedError('inside a chunked body');
        return;
      }
    }
  } finally {
    socket.destroy();
  }
}

/**
 * Sends the GET and resolves with the response once its head arrives (redirects are not followed
 * here). The body is read by pulling, into buffers reused for the whole transfer, so memory stays
 * flat however large the file. A fresh connection per request (`Connection: close`) keeps sockets
 * from outliving the download.
 */
export async function requestMedia(media: MediaRequest): Promise<MediaResponse> {
  const socket = new PulledSocket({
    url: media.url,
    lookup: pinnedLookup(media.addresses),
    signal: media.signal,
  });
  try {
    socket.write(requestText(media));
    const { head, rest } = await readHead(socket);
    const body = bodyOf(socket, bodyFraming(head), rest);
    return {
      ...head,
      [Symbol.asyncIterator]: () => body,
      destroy: () => {
        socket.destroy();
        void body.return(undefined);
      },
    };
  } catch (error) {
    socket.destroy();
    throw error;
  }
}
