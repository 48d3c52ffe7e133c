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

/** Options of `createNodeWebhookHandler`: those of `createWebhookHandler` (`maxBodyBytes` included). */
export interface NodeWebhookHandlerOptions extends WebhookHandlerOptions {}

/** A Node `(req, res)` webhook endpoint, for `http.createServer`, Express, Fastify's raw mode… */
export type NodeWebhookHandler = (req: NodeRequestLike, res: NodeResponseLike) => void;

const encoder = new TextEncoder();

// Pulls from the request only when the Fetch handler reads, so a delivery with a wrong token
// is refused before any body byte is read; cancelling (size cap) ends the Node stream.
function lazyStream(source: AsyncIterable<Uint8Array | string>): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === 'string' ? encoder.encode(value) : value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

function bodyOf(req: NodeRequestLike): BodyInit {
  if (typeof req.body === 'string' || req.body instanceof Uint8Array) return req.body as BodyInit;
  if (req.body !== undefined && req.body !== null) return JSON.stringify(req.body);
  return lazyStream(req);
}

function toRequest(req: NodeRequestLike): Request {
  const method = (req.method ?? 'GET').toUpperCase();
  // Only the path and query matter (the token); the host is a placeholder.
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (method !== 'POST') return new Request(url, { method: method === 'HEAD' ? 'HEAD' : 'GET' });
  const length = req.headers['content-length'];
  const headers = typeof length === 'string' ? { 'content-length': length } : undefined;
  return new Request(url, { method, body: bodyOf(req), headers, duplex: 'half' } as RequestInit);
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
 * The Node form of `createWebhookHandler`: same checks in the same order (token before the body,
 * size cap while reading), same answers, same idempotency. It streams the body from the request
 * (or takes `req.body` when middleware already parsed it).
 */
export function createNodeWebhookHandler(options: NodeWebhookHandlerOptions): NodeWebhookHandler {
  const handle = createWebhookHandler(options);
  const logger = options.logger ?? silentLogger;
  const json: Iterable<[string, string]> = [['content-type', 'application/json']];

  async function run(req: NodeRequestLike, res: NodeResponseLike): Promise<void> {
    const response = await handle(toRequest(req));
    send(res, response.status, await response.text(), response.headers);
  }

  return (req, res) => {
    run(req, res).catch((error: unknown) => {
      logger.error?.('pixazo webhook: handler failed', { error: String(error) });
      send(res, 500, JSON.stringify({ error: 'internal_error' }), json);
    });
  };
}
