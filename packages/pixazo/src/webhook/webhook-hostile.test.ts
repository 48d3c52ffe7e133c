import type { Job } from '@grok-imagine/core';
import { describe, expect, it, vi } from 'vitest';
import terminal from '../__fixtures__/webhook-terminal.json' with { type: 'json' };
import { createWebhookHandler, type WebhookHandlerOptions } from './webhook-handler.ts';
import { webhookURL } from './webhook-url.ts';

const SECRET = 'whsec-0123456789abcdef';
const callbackURL = webhookURL('https://hooks.example.com/pixazo', SECRET);

function handlerWith(options: Partial<WebhookHandlerOptions> = {}) {
  const onJob = vi.fn<(job: Job) => void>();
  const logger = { warn: vi.fn(), error: vi.fn() };
  return { handle: createWebhookHandler({ secret: SECRET, onJob, logger, ...options }), onJob, logger };
}

/** A body stream that counts how many chunks were pulled from it, and whether it was cancelled. */
function countingBody(chunks: number, chunk: Uint8Array) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= chunks) return controller.close();
      state.pulled++;
      controller.enqueue(chunk);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

function streamed(url: string, stream: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  return new Request(url, { method: 'POST', body: stream, headers, duplex: 'half' } as RequestInit);
}

const at = (status: string) => ({
  ...terminal,
  status,
  output: status === 'COMPLETED' ? terminal.output : null,
});

describe('webhook receiver against hostile deliveries', () => {
  it('checks the token before reading a single byte of the body', async () => {
    const { handle, onJob } = handlerWith();
    const { stream, state } = countingBody(1000, new Uint8Array(1024));
    const response = await handle(streamed('https://hooks.example.com/pixazo?token=wrong', stream));
    expect(response.status).toBe(401);
    // A ReadableStream may pull once on its own to fill its queue; the handler reads nothing.
    expect(state.pulled).toBeLessThanOrEqual(1);
    expect(onJob).not.toHaveBeenCalled();
  });

  it('stops reading a streamed body at the cap: 413, stream cancelled, onJob not called', async () => {
    const { handle, onJob, logger } = handlerWith({ maxBodyBytes: 64 * 1024 });
    const { stream, state } = countingBody(200 * 1024, new Uint8Array(1024));
    const response = await handle(streamed(callbackURL, stream));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'body_too_large' });
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThanOrEqual(66);
    expect(onJob).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith('pixazo webhook: rejected a body over the size limit', {
      maxBodyBytes: 65536,
    });
  });

  it('refuses an announced Content-Length over the cap without reading', async () => {
    const { handle } = handlerWith({ maxBodyBytes: 1000 });
    const { stream, state } = countingBody(10, new Uint8Array(1000));
    const response = await handle(streamed(callbackURL, stream, { 'content-length': '10000' }));
    expect(response.status).toBe(413);
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it('caps at 1 MiB by default and takes a body just under it', async () => {
    const { handle, onJob } = handlerWith();
    const padded = JSON.stringify({ ...terminal, padding: 'x'.repeat(1024 * 1024 - 2000) });
    expect((await handle(new Request(callbackURL, { method: 'POST', body: padded }))).status).toBe(200);
    const tooBig = JSON.stringify({ ...terminal, padding: 'x'.repeat(1024 * 1024) });
    expect((await handle(new Request(callbackURL, { method: 'POST', body: tooBig }))).status).toBe(413);
    expect(onJob).toHaveBeenCalledTimes(1);
  });

  it('ignores any status after the terminal one: PROCESSING after COMPLETED never reaches onJob', async () => {
    const { handle, onJob, logger } = handlerWith();
    const post = (body: unknown) =>
      handle(new Request(callbackURL, { method: 'POST', body: JSON.stringify(body) }));
    expect((await post(at('PROCESSING'))).status).toBe(200);
    expect((await post(at('COMPLETED'))).status).toBe(200);
    const late = await post(at('PROCESSING'));
    expect(late.status).toBe(200);
    expect(await late.json()).toEqual({ received: true, duplicate: true });
    const regression = await post(at('QUEUED'));
    expect(await regression.json()).toEqual({ received: true, ignored: 'after_terminal' });
    expect(await (await post(at('FAILED'))).json()).toEqual({ received: true, ignored: 'after_terminal' });
    expect(onJob.mock.calls.map(([job]) => job.status)).toEqual(['pending', 'done']);
    expect(logger.warn).toHaveBeenCalledWith('pixazo webhook: ignored a status after the job ended', {
      jobId: `pixazo:${terminal.request_id}`,
      status: 'QUEUED',
    });
  });

  it('keeps the order even when deliveries of one job race through a slow store', async () => {
    const keys = new Set<string>();
    const slow = () => new Promise((resolve) => setTimeout(resolve, 1));
    const { handle, onJob } = handlerWith({
      seen: {
        has: async (key) => {
          await slow();
          return keys.has(key);
        },
        add: async (key) => {
          await slow();
          keys.add(key);
        },
      },
    });
    const post = (body: unknown) =>
      handle(new Request(callbackURL, { method: 'POST', body: JSON.stringify(body) }));
    await Promise.all([post(at('COMPLETED')), post(at('QUEUED')), post(at('COMPLETED'))]);
    expect(onJob.mock.calls.map(([job]) => job.status)).toEqual(['done']);
  });

  it('remembers ended jobs in bounded memory: the default store forgets the oldest', async () => {
    const { createMemorySeenStore } = await import('./seen-store.ts');
    const seen = createMemorySeenStore(4);
    const { handle, onJob } = handlerWith({ seen });
    const post = (id: string, status: string) =>
      handle(
        new Request(callbackURL, { method: 'POST', body: JSON.stringify({ ...at(status), request_id: id }) }),
      );
    await post('job-a', 'COMPLETED');
    await post('job-b', 'COMPLETED');
    await post('job-c', 'COMPLETED');
    // job-a's keys were the oldest and are gone: a replay of it gets through again (the replay window).
    expect(await seen.has(`pixazo:job-a:terminal`)).toBe(false);
    await post('job-a', 'PROCESSING');
    expect(onJob).toHaveBeenCalledTimes(4);
  });
});
