import type { ServerResponse } from 'node:http';
import type { ApiResponse } from './http-types.ts';

/** The bytes and content type a response will carry. */
export function responseBody(response: ApiResponse): { body: Buffer; contentType?: string } {
  if (response.json !== undefined) {
    return {
      body: Buffer.from(JSON.stringify(response.json)),
      contentType: 'application/json; charset=utf-8',
    };
  }
  if (response.text !== undefined) {
    return {
      body: Buffer.from(response.text),
      contentType: response.contentType ?? 'text/plain; charset=utf-8',
    };
  }
  if (response.bytes !== undefined) {
    return { body: response.bytes, contentType: response.contentType ?? 'application/octet-stream' };
  }
  return { body: Buffer.alloc(0) };
}

/**
 * Writes a response with an exact Content-Length. `truncate` cuts the body in half (and says so in
 * Content-Length), which is how the `truncated-json` fault hands the client unparseable JSON.
 */
export function writeResponse(
  res: ServerResponse,
  response: ApiResponse,
  options: { truncate?: boolean; head?: boolean } = {},
): void {
  const { body, contentType } = responseBody(response);
  const sent = options.truncate ? body.subarray(0, Math.floor(body.length / 2)) : body;
  const headers: Record<string, string | number> = { ...response.headers, 'Content-Length': sent.length };
  if (contentType) headers['Content-Type'] = contentType;
  res.writeHead(response.status, headers);
  res.end(options.head ? undefined : sent);
}
