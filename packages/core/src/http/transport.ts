import type { BodyReadResult } from './read-body.ts';

/** Case-insensitive lookup of a response's headers: the reading half of `Headers`. */
export interface ResponseHeaders {
  get(name: string): string | null;
  has(name: string): boolean;
}

/** One request as core hands it to a transport: the URL, lower-case headers and a JSON body. */
export interface TransportRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** Aborts the request, headers or body; the transport then rejects (or ends the body read). */
  signal: AbortSignal;
  /** Largest body read; a bigger one is refused and read no further. */
  maxBodyBytes: number;
}

/** The answer's status line and headers; its body is read by `readBody`. */
export interface TransportAnswer {
  status: number;
  headers: ResponseHeaders;
  /** The body as UTF-8 text, capped at `maxBodyBytes`; never waits past the request's signal. */
  readBody(): Promise<BodyReadResult>;
}

/**
 * How core exchanges one request with a provider: `fetch` everywhere, or Node's own `http` client
 * where it runs on Node (see `node-transport.ts`). Rejects when nothing was answered; the error
 * keeps the system `code` (`ECONNREFUSED`, …) that tells whether the request left, and carries
 * `requestNotSent: true` when the transport knows the connection never opened (see `neverLeft`).
 */
export type Transport = (request: TransportRequest) => Promise<TransportAnswer>;

/** A transport rejection that proves the request never left: aborted before its connection opened. */
export function neverLeft(cause: unknown): boolean {
  return (cause as { requestNotSent?: unknown } | null)?.requestNotSent === true;
}
