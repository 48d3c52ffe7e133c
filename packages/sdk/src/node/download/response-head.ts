/** The status line and header fields of an HTTP/1.x response. */
export interface ResponseHead {
  statusCode: number;
  /** Field names in lower case; repeated fields joined with `, ` (a repeated `Content-Length` must agree). */
  headers: Record<string, string>;
}

/** How the body of a response ends. */
export type BodyFraming =
  | { kind: 'length'; length: number }
  | { kind: 'chunked' }
  /** No length given: the body runs until the server closes the connection. */
  | { kind: 'close' };

/** Most bytes a response head may take, as `node:http` allows by default. */
export const MAX_HEAD_BYTES = 16 * 1024;

/** A response the download cannot read safely; retryable like a broken connection. */
export class MalformedResponseError extends Error {
  readonly code = 'bad_http_response';
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const STATUS_LINE = /^HTTP\/1\.[01] ([1-9]\d\d)(?: [^\r\n]*)?$/;

// Any control byte but tab (CR and LF included: the head was split on CRLF already).
function hasControlByte(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}

/** Parses a head (status line and fields, without the blank line that ends it). */
export function parseResponseHead(text: string): ResponseHead {
  const [statusLine = '', ...lines] = text.split('\r\n');
  const status = STATUS_LINE.exec(statusLine);
  if (!status) throw new MalformedResponseError(`bad status line ${JSON.stringify(statusLine.slice(0, 80))}`);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, Math.max(colon, 0)).toLowerCase();
    // No folded lines, bare LF or control bytes: a response smuggling a second reading is refused.
    if (!TOKEN.test(name) || hasControlByte(line)) {
      throw new MalformedResponseError(`bad header line ${JSON.stringify(line.slice(0, 80))}`);
    }
    const value = line.slice(colon + 1).trim();
    const previous = headers[name];
    if (previous === undefined) headers[name] = value;
    else if (name === 'content-length') {
      if (previous !== value) throw new MalformedResponseError('conflicting Content-Length headers');
    } else headers[name] = `${previous}, ${value}`;
  }
  return { statusCode: Number(status[1]), headers };
}

/**
 * How the body of `head` is delimited. Only `chunked` is accepted as a transfer coding (the
 * request asks for no other), and a response giving both a transfer coding and a length is
 * refused rather than guessed at.
 */
export function bodyFraming(head: ResponseHead): BodyFraming {
  if (head.statusCode === 204 || head.statusCode === 304) return { kind: 'length', length: 0 };
  const coding = head.headers['transfer-encoding'];
  const length = head.headers['content-length'];
  if (coding !== undefined) {
    if (coding.toLowerCase() !== 'chunked' || length !== undefined) {
      throw new MalformedResponseError(`unsupported Transfer-Encoding ${JSON.stringify(coding)}`);
    }
    return { kind: 'chunked' };
  }
  if (length === undefined) return { kind: 'close' };
  if (!/^\d{1,15}$/.test(length))
    throw new MalformedResponseError(`bad Content-Length ${JSON.stringify(length)}`);
  return { kind: 'length', length: Number(length) };
}
