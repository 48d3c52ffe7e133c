import { type Job, ValidationError } from '@grok-imagine/core';
import { describe, expect, it, vi } from 'vitest';
import failure from '../__fixtures__/webhook-failure.json' with { type: 'json' };
import terminal from '../__fixtures__/webhook-terminal.json' with { type: 'json' };
import type { WebhookSeenStore } from './seen-store.ts';
import { createWebhookHandler, type WebhookHandlerOptions } from './webhook-handler.ts';
import { webhookURL } from './webhook-url.ts';

const SECRET = 'whsec-0123456789abcdef';
const callbackURL = webhookURL('https://hooks.example.com/pixazo', SECRET);

function post(body: unknown, url = callbackURL): Request {
  return new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function handlerWith(options: Partial<WebhookHandlerOptions> = {}) {
  const onJob = vi.fn<(job: Job) => void | Promise<void>>();
  const logger = { warn: vi.fn(), error: vi.fn() };
  const handle = createWebhookHandler({ secret: SECRET, onJob, logger, ...options });
  return { handle, onJob: (options.onJob as typeof onJob | undefined) ?? onJob, logger };
}

describe('createWebhookHandler', () => {
  it('a good token: answers 200 and hands the job to onJob', async () => {
    const { handle, onJob } = handlerWith();
    const response = await handle(post(terminal));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true });
    expect(onJob).toHaveBeenCalledTimes(1);
    expect(onJob.mock.calls[0]![0]).toMatchObject({ id: `pixazo:${terminal.request_id}`, status: 'done' });
  });

  it('a bad or missing token: 401 and onJob is not called', async () => {
    const { handle, onJob, logger } = handlerWith();
    const wrong = await handle(post(terminal, webhookURL('https://hooks.example.com/pixazo', `${SECRET}x`)));
    const missing = await handle(post(terminal, 'https://hooks.example.com/pixazo'));
    expect(wrong.status).toBe(401);
    expect(missing.status).toBe(401);
    expect(onJob).not.toHaveBeenCalled();
    expect(JSON.stringify(logger.warn.mock.calls)).not.toContain(SECRET);
  });

  it('anything but POST: 405 with Allow', async () => {
    const { handle, onJob } = handlerWith();
    const response = await handle(new Request(callbackURL));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(onJob).not.toHaveBeenCalled();
  });

  it('a body that is not JSON or not a callback: 400', async () => {
    const { handle, onJob } = handlerWith();
    expect((await handle(post('{not json'))).status).toBe(400);
    expect((await handle(post({ hello: 'world' }))).status).toBe(400);
    expect(onJob).not.toHaveBeenCalled();
  });

  it('a duplicate delivery answers 200 and reaches onJob once', async () => {
    const { handle, onJob } = handlerWith();
    const first = await handle(post(terminal));
    const second = await handle(post(terminal));
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await second.json()).toEqual({ received: true, duplicate: true });
    expect(onJob).toHaveBeenCalledTimes(1);
  });

  it('sync-mode progress deliveries: each new status reaches onJob once', async () => {
    const { handle, onJob } = handlerWith();
    const at = (status: string) => ({ ...failure, status, error: null });
    for (const status of ['QUEUED', 'PROCESSING', 'PROCESSING', 'ERROR', 'ERROR']) {
      const body = status === 'ERROR' ? failure : at(status);
      expect((await handle(post(body))).status).toBe(200);
    }
    expect(onJob.mock.calls.map(([job]) => [job.status, job.phase])).toEqual([
      ['pending', 'queued'],
      ['pending', 'processing'],
      ['failed', undefined],
    ]);
  });

  it('answers without waiting for onJob', async () => {
    let finish: () => void = () => {};
    const slow = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { handle } = handlerWith({ onJob: slow });
    // onJob never settles here: the 200 must not depend on it.
    expect((await handle(post(terminal))).status).toBe(200);
    expect(slow).toHaveBeenCalledTimes(1);
    finish();
  });

  it('logs a rejected onJob and hands its promise to waitUntil', async () => {
    const failing = vi.fn(async () => {
      throw new Error('database down');
    });
    const waited: Promise<unknown>[] = [];
    const { handle, logger } = handlerWith({ onJob: failing, waitUntil: (promise) => waited.push(promise) });
    expect((await handle(post(terminal))).status).toBe(200);
    expect(waited).toHaveLength(1);
    await Promise.all(waited);
    expect(logger.error).toHaveBeenCalledWith('pixazo webhook: onJob failed', {
      jobId: `pixazo:${terminal.request_id}`,
      status: 'done',
      error: 'Error: database down',
    });
  });

  it('prefers the per-request waitUntil, so one handler serves a serverless runtime', async () => {
    const handlerLevel: Promise<unknown>[] = [];
    const perRequest: Promise<unknown>[] = [];
    const { handle, onJob } = handlerWith({ waitUntil: (promise) => handlerLevel.push(promise) });
    const response = await handle(post(terminal), { waitUntil: (promise) => perRequest.push(promise) });
    expect(response.status).toBe(200);
    expect(perRequest).toHaveLength(1);
    expect(handlerLevel).toHaveLength(0);
    await Promise.all(perRequest);
    expect(onJob).toHaveBeenCalledTimes(1);
  });

  it('uses an injected store, keyed by job id and status; concurrent repeats reach onJob once', async () => {
    const keys = new Set<string>();
    const store: WebhookSeenStore = {
      has: async (key) => keys.has(key),
      add: async (key) => {
        keys.add(key);
      },
    };
    const { handle, onJob } = handlerWith({ seen: store });
    const responses = await Promise.all([
      handle(post(terminal)),
      handle(post(terminal)),
      handle(post(terminal)),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(onJob).toHaveBeenCalledTimes(1);
    expect([...keys]).toEqual([
      `pixazo:${terminal.request_id}:COMPLETED`,
      `pixazo:${terminal.request_id}:terminal`,
    ]);
  });

  it('takes another token parameter', async () => {
    const { handle, onJob } = handlerWith({ tokenParam: 'k' });
    const response = await handle(post(terminal, webhookURL('https://hooks.example.com/p', SECRET, 'k')));
    expect(response.status).toBe(200);
    expect(onJob).toHaveBeenCalledTimes(1);
  });

  it('refuses a short secret', () => {
    expect(() => createWebhookHandler({ secret: 'short', onJob: () => {} })).toThrow(ValidationError);
  });
});
