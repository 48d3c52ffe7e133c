import { type Clock, type Job, type Logger, silentLogger, ValidationError } from '@grok-imagine/core';
import { constantTimeEqual } from './constant-time.ts';
import { createDeliveryGate } from './delivery-gate.ts';
import { parsePixazoWebhook } from './parse-webhook.ts';
import { DEFAULT_MAX_WEBHOOK_BODY_BYTES, readCappedText } from './read-capped-body.ts';
import { createMemorySeenStore, type WebhookSeenStore } from './seen-store.ts';

/** Shortest secret the handlers accept. */
export const MIN_WEBHOOK_SECRET_LENGTH = 16;

/** Options of `createWebhookHandler` and `createNodeWebhookHandler`. */
export interface WebhookHandlerOptions {
  /** The token the callback URL carries (see `webhookURL`); use 32+ random characters. */
  secret: string;
  /**
   * Receives each new job state. Not awaited before answering — Pixazo wants a 200 within seconds —
   * so a rejection is logged, not retried: persist quickly and do slow work elsewhere.
   */
  onJob: (job: Job) => void | Promise<void>;
  /** Query parameter holding the token (default `token`). */
  tokenParam?: string;
  /**
   * Where handled deliveries and ended jobs are remembered (default: a bounded in-memory set).
   * Repeats and replays are recognised only while the store remembers them: see "replay window"
   * in the Pixazo docs.
   */
  seen?: WebhookSeenStore;
  /** Largest body read (default 1 MiB); a larger one answers 413 and is read no further. */
  maxBodyBytes?: number;
  /** Keeps `onJob`'s promise alive after the response on serverless runtimes (e.g. `ctx.waitUntil`). */
  waitUntil?: (promise: Promise<unknown>) => void;
  /** Clock for the jobs' times. */
  clock?: Clock;
  /** Where rejected deliveries and `onJob` failures are logged (never the secret). */
  logger?: Logger;
}

/** Per-request context some runtimes hand out (Cloudflare Workers, Vercel, Next.js `after`). */
export interface WebhookRequestContext {
  /** Keeps `onJob`'s promise alive after the response; wins over the handler-level `waitUntil`. */
  waitUntil?: (promise: Promise<unknown>) => void;
}

/**
 * A framework-neutral webhook endpoint: Fetch `Request` in, `Response` out. Pass the runtime's
 * per-request `waitUntil` as the second argument where it has one, so one handler (and its duplicate
 * check) serves every request.
 */
export type WebhookHandler = (request: Request, context?: WebhookRequestContext) => Promise<Response>;

function reply(
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

function tokenOf(url: string, param: string): string {
  try {
    return new URL(url).searchParams.get(param) ?? '';
  } catch {
    return '';
  }
}

/**
 * Builds the receiver for Pixazo's webhook callbacks. It answers 405 to anything but POST, 401 to
 * a missing or wrong token (checked in constant time before any byte of the body is read,
 * `onJob` not called), 413 to a body over `maxBodyBytes` (read no further), 400 to a body that is
 * not a Pixazo callback, and 200 otherwise — at once, without awaiting `onJob`. Deliveries are
 * idempotent by job id + status: a repeat answers 200 and does not reach `onJob` again, while each
 * new status of a `sync`-mode job does — until the job's terminal status, after which nothing of
 * that job reaches `onJob` (no regression from `COMPLETED` back to `PROCESSING`).
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  const { secret, onJob } = options;
  if (typeof secret !== 'string' || secret.length < MIN_WEBHOOK_SECRET_LENGTH) {
    throw new ValidationError(
      `webhook secret must be at least ${MIN_WEBHOOK_SECRET_LENGTH} characters; use a long random string.`,
      { provider: 'pixazo', field: 'secret', allowed: `at least ${MIN_WEBHOOK_SECRET_LENGTH} characters` },
    );
  }
  const tokenParam = options.tokenParam ?? 'token';
  const gate = createDeliveryGate(options.seen ?? createMemorySeenStore());
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_WEBHOOK_BODY_BYTES;
  const logger = options.logger ?? silentLogger;

  function deliver(job: Job, waitUntil = options.waitUntil): void {
    const run = (async () => onJob(job))().catch((error: unknown) => {
      logger.error?.('pixazo webhook: onJob failed', {
        jobId: job.id,
        status: job.status,
        error: String(error),
      });
    });
    waitUntil?.(run);
  }

  return async (request, context) => {
    if (request.method !== 'POST') return reply(405, { error: 'method_not_allowed' }, { allow: 'POST' });
    if (!constantTimeEqual(tokenOf(request.url, tokenParam), secret)) {
      logger.warn?.('pixazo webhook: rejected a delivery with a missing or wrong token');
      return reply(401, { error: 'unauthorized' });
    }
    const text = await readCappedText(request, maxBodyBytes);
    if (text === undefined) {
      logger.warn?.('pixazo webhook: rejected a body over the size limit', { maxBodyBytes });
      return reply(413, { error: 'body_too_large' });
    }
    let job: Job;
    let status: string;
    try {
      const body = JSON.parse(text) as { status?: unknown };
      job = parsePixazoWebhook(body, { clock: options.clock, logger });
      status = String(body.status).toUpperCase();
    } catch (error) {
      logger.warn?.('pixazo webhook: rejected a body that is not a Pixazo callback', {
        error: String(error),
      });
      return reply(400, { error: 'invalid_callback' });
    }
    const verdict = await gate(job.id, status);
    if (verdict === 'duplicate') return reply(200, { received: true, duplicate: true });
    if (verdict === 'after_terminal') {
      logger.warn?.('pixazo webhook: ignored a status after the job ended', { jobId: job.id, status });
      return reply(200, { received: true, ignored: 'after_terminal' });
    }
    deliver(job, context?.waitUntil ?? options.waitUntil);
    return reply(200, { received: true });
  };
}
