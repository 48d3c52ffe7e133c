import type { Answer } from './hostile-server.ts';

const JSON_TYPE = { 'content-type': 'application/json' };

/** A JSON text nested `depth` levels deep: `JSON.parse` takes it, a recursive walk or `JSON.stringify` of it overflows. */
export function deepJSON(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Answers `value` as JSON with `status`. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): Answer {
  return text(status, JSON.stringify(value), { ...JSON_TYPE, ...headers });
}

/** Answers `body` as it is, with a correct Content-Length. */
export function text(status: number, body: string, headers: Record<string, string> = JSON_TYPE): Answer {
  return (_request, response) => {
    response.writeHead(status, { 'content-length': String(Buffer.byteLength(body)), ...headers });
    response.end(body);
  };
}

// One chunk reused for every big body, so the server itself stays small in memory.
const CHUNK = Buffer.alloc(64 * 1024, 0x20);

/**
 * A JSON-looking body of `bytes` bytes (`{"id":"` then spaces), streamed with backpressure.
 * `declared` sends its Content-Length up front; otherwise it is chunked.
 */
export function huge(
  status: number,
  bytes: number,
  declared: boolean,
  headers: Record<string, string> = JSON_TYPE,
): Answer {
  return (_request, response) => {
    response.writeHead(status, { ...headers, ...(declared ? { 'content-length': String(bytes) } : {}) });
    let left = bytes;
    const pump = () => {
      while (left > 0 && !response.destroyed) {
        const piece = left >= CHUNK.length ? CHUNK : CHUNK.subarray(0, left);
        left -= piece.length;
        if (!response.write(piece)) return void response.once('drain', pump);
      }
      if (!response.destroyed) response.end();
    };
    response.write('{"id":"');
    left -= 7;
    pump();
  };
}

/** A body that never ends: chunks for as long as the client keeps reading. */
export function endless(status = 200, headers: Record<string, string> = JSON_TYPE): Answer {
  return (_request, response) => {
    response.writeHead(status, headers);
    response.write('{"request_id":"');
    const pump = () => {
      while (!response.destroyed) if (!response.write(CHUNK)) return void response.once('drain', pump);
    };
    pump();
  };
}

/** Headers (and the first bytes of a body), then nothing, ever. */
export function stallAfterHeaders(
  status = 200,
  start: string | Buffer = '{"status":',
  headers: Record<string, string> = JSON_TYPE,
): Answer {
  return (_request, response) => {
    response.writeHead(status, headers);
    response.write(start);
  };
}

/** No answer at all: the request is read and left hanging. */
export function silence(): Answer {
  return () => {};
}

/** Half a body, then the connection is cut. */
export function cutBody(status = 200, start = '{"request_id":"job_1","sta'): Answer {
  return (_request, response) => {
    response.writeHead(status, { ...JSON_TYPE, 'content-length': String(start.length + 100) });
    response.write(start, () => response.socket?.destroy());
  };
}

/** Answers the n-th request with `answers[n]`, and every later one with the last. */
export function sequence(...answers: Answer[]): Answer {
  let calls = 0;
  return (request, response) => {
    const answer = answers[Math.min(calls++, answers.length - 1)];
    answer?.(request, response);
  };
}
