import type { IncomingHttpHeaders } from 'node:http';

/** A request as a provider handler sees it: path relative to the provider's base URL, JSON body parsed. */
export interface ApiRequest {
  method: string;
  /** The path after the provider prefix, e.g. `/videos/abc` for `/xai/v1/videos/abc`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body; `undefined` when the body was empty or not JSON. */
  body: unknown;
  /** True when a body was sent but is not valid JSON. */
  bodyInvalid: boolean;
}

/** What a handler answers; the server writes it (or mangles it, when a fault says so). */
export interface ApiResponse {
  status: number;
  headers?: Record<string, string>;
  /** A JSON body. */
  json?: unknown;
  /** A text body, sent with `contentType`. */
  text?: string;
  /** A binary body, sent with `contentType`. */
  bytes?: Buffer;
  contentType?: string;
}

/** A JSON response. */
export function jsonResponse(status: number, json: unknown, headers?: Record<string, string>): ApiResponse {
  return headers ? { status, json, headers } : { status, json };
}

/** A response with no body at all (xAI's 202 while a video is pending). */
export function emptyResponse(status: number, headers?: Record<string, string>): ApiResponse {
  return headers ? { status, headers } : { status };
}
