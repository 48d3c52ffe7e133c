import { silentLogger } from '@grok-imagine/core';
import { createWebhookHandler, type WebhookHandlerOptions } from './webhook-handler.ts';

/** The part of Node's `IncomingMessage` the handler reads (structural: no `node:` import). */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  method?: string | undefined;
  /** Path and query, e.g. `/hooks/pixazo?token=…`. */
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** A body already read by middleware (e.g. `express.json()`); used instead of the stream. */
  body?: unknown;
}

/** The part of Node's `ServerResponse` the handler writes. */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: string): unknown;
}

/** Options of `createNodeWebhookHandler`. */
export interface NodeWebhookHandlerOptions extends WebhookHandlerOptions {
  /** Largest body read from the stream (default 1 MiB); a larger one answers 413. */
  maxBodyBytes?: number;
}

/** A Node `(req, res)` webhook endpoint, for `http.createServer`, Express, Fastify's raw mode… */
export type NodeWebhookHandler = (req: NodeRequestLike, res: NodeResponseLike) => void;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

async function readBody(req: NodeRequestLike, maxBytes: number): Promise<string | undefined> {
  if (typeof req.body === 'string') return req.body;
  if (req.body instanceof Uint8Array) return decoder.decode(req.body);
  if (req.body !== undefined && req.body !== null) return JSON.stringify(req.body);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of req) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size > maxBytes) return undefined;
    chunks.push(bytes);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decoder.decode(all);
}

function send(
  res: NodeResponseLike,
  status: number,
  body: string,
  headers: Iterable<[string, string]>,
): void {
  res.statusCode = status;
  for (const [name, value] of headers) res.setHeader(name, value);
  res.end(body);
}

/**
 * The Node form of `createWebhookHandler`: same checks, same answers, same idempotency. It reads
 * the body from the request stream (or from `req.body` when middleware already parsed it).
 */
export function createNodeWebhookHandler(options: NodeWebhookHandlerOptions): NodeWebhookHandler {
  const handle = createWebhookHandler(options);
  const maxBytes = options.maxBodyBytes ?? 1024 * 1024;
  const logger = options.logger ?? silentLogger;
  const json: Iterable<[string, string]> = [['content-type', 'application/json']];

  async function run(req: NodeRequestLike, res: NodeResponseLike): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    // Only the path and query matter (the token); the host is a placeholder.
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = method === 'POST' ? await readBody(req, maxBytes) : undefined;
    if (method === 'POST' && body === undefined) {
      send(res, 413, JSON.stringify({ error: 'body_too_large' }), json);
      return;
    }
    let request: Request;
    try {
      request = new Request(url, { method, ...(body === undefined ? {} : { body }) });
    } catch {
      // A method Fetch refuses to build (CONNECT, TRACE) is not POST either.
      request = new Request(url, { method: 'GET' });
    }
    const response = await handle(request);
    send(res, response.status, await response.text(), response.headers);
  }

  return (req, res) => {
    run(req, res).catch((error: unknown) => {
      logger.error?.('pixazo webhook: handler failed', { error: String(error) });
      send(res, 500, JSON.stringify({ error: 'internal_error' }), json);
    });
  };
}
