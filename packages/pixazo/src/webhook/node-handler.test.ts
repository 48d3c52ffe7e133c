import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Job } from '@grok-imagine/core';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import terminal from '../__fixtures__/webhook-terminal.json' with { type: 'json' };
import { createNodeWebhookHandler, type NodeRequestLike, type NodeResponseLike } from './node-handler.ts';

const SECRET = 'whsec-0123456789abcdef';

function fakeRequest(
  method: string,
  url: string,
  chunks: (string | Uint8Array)[],
  body?: unknown,
): NodeRequestLike {
  return {
    method,
    url,
    headers: { 'content-type': 'application/json' },
    body,
    async *[Symbol.asyncIterator]() {
      yield* chunks;
    },
  };
}

function fakeResponse() {
  const headers: Record<string, string> = {};
  let resolveEnd: (body: string | undefined) => void = () => {};
  const ended = new Promise<string | undefined>((resolve) => (resolveEnd = resolve));
  const res: NodeResponseLike & { headers: typeof headers; ended: typeof ended } = {
    statusCode: 0,
    headers,
    ended,
    setHeader: (name, value) => {
      headers[name] = value;
    },
    end: (body) => resolveEnd(body),
  };
  return res;
}

describe('createNodeWebhookHandler with a fake req/res', () => {
  it('reads the stream, checks the token and answers like the Fetch form', async () => {
    const onJob = vi.fn<(job: Job) => void>();
    const handle = createNodeWebhookHandler({ secret: SECRET, onJob });
    const text = JSON.stringify(terminal);
    const res = fakeResponse();
    handle(
      fakeRequest('POST', `/hooks?token=${SECRET}`, [
        text.slice(0, 20),
        new TextEncoder().encode(text.slice(20)),
      ]),
      res,
    );
    expect(await res.ended).toBe('{"received":true}');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    expect(onJob).toHaveBeenCalledWith(expect.objectContaining({ status: 'done' }));

    const bad = fakeResponse();
    handle(fakeRequest('POST', '/hooks?token=nope', [text]), bad);
    await bad.ended;
    expect(bad.statusCode).toBe(401);

    const dup = fakeResponse();
    handle(fakeRequest('POST', `/hooks?token=${SECRET}`, [], terminal), dup);
    expect(await dup.ended).toBe('{"received":true,"duplicate":true}');
    expect(onJob).toHaveBeenCalledTimes(1);
  });

  it('answers 405 to GET and 413 to a body over the limit', async () => {
    const handle = createNodeWebhookHandler({ secret: SECRET, onJob: () => {}, maxBodyBytes: 10 });
    const get = fakeResponse();
    handle(fakeRequest('GET', `/hooks?token=${SECRET}`, []), get);
    await get.ended;
    expect(get.statusCode).toBe(405);
    const big = fakeResponse();
    handle(fakeRequest('POST', `/hooks?token=${SECRET}`, ['x'.repeat(11)]), big);
    await big.ended;
    expect(big.statusCode).toBe(413);
  });
});

/** A request whose body is endless; counts chunks pulled and whether the stream was closed. */
function endlessRequest(url: string) {
  const state = { pulled: 0, closed: false };
  const req: NodeRequestLike = {
    method: 'POST',
    url,
    headers: {},
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        state.pulled++;
        return { done: false, value: new Uint8Array(1024) };
      },
      return: async () => {
        state.closed = true;
        return { done: true, value: undefined };
      },
    }),
  };
  return { req, state };
}

describe('createNodeWebhookHandler against hostile deliveries', () => {
  it('refuses a wrong token before reading any of the body', async () => {
    const onJob = vi.fn();
    const handle = createNodeWebhookHandler({ secret: SECRET, onJob });
    const { req, state } = endlessRequest('/hooks?token=wrong');
    const res = fakeResponse();
    handle(req, res);
    expect(await res.ended).toBe('{"error":"unauthorized"}');
    expect(res.statusCode).toBe(401);
    expect(state.pulled).toBeLessThanOrEqual(1);
    expect(onJob).not.toHaveBeenCalled();
  });

  it('stops an endless body at the cap with 413 and closes the stream', async () => {
    const onJob = vi.fn();
    const handle = createNodeWebhookHandler({ secret: SECRET, onJob, maxBodyBytes: 32 * 1024 });
    const { req, state } = endlessRequest(`/hooks?token=${SECRET}`);
    const res = fakeResponse();
    handle(req, res);
    expect(await res.ended).toBe('{"error":"body_too_large"}');
    expect(res.statusCode).toBe(413);
    expect(state.pulled).toBeLessThanOrEqual(34);
    expect(state.closed).toBe(true);
    expect(onJob).not.toHaveBeenCalled();
  });

  it('refuses an announced Content-Length over the cap without reading', async () => {
    const handle = createNodeWebhookHandler({ secret: SECRET, onJob: () => {}, maxBodyBytes: 100 });
    const { req, state } = endlessRequest(`/hooks?token=${SECRET}`);
    req.headers['content-length'] = '5000';
    const res = fakeResponse();
    handle(req, res);
    await res.ended;
    expect(res.statusCode).toBe(413);
    expect(state.pulled).toBeLessThanOrEqual(1);
  });
});

describe('createNodeWebhookHandler on a real server', () => {
  let server: Server;
  let base: string;
  const jobs: Job[] = [];

  beforeAll(async () => {
    nock.enableNetConnect('127.0.0.1');
    server = createServer(createNodeWebhookHandler({ secret: SECRET, onJob: (job) => void jobs.push(job) }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    nock.disableNetConnect();
  });

  it('receives a callback end to end', async () => {
    const post = (token: string) =>
      fetch(`${base}/hooks/pixazo?token=${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(terminal),
      });
    expect((await post('wrong-token')).status).toBe(401);
    const ok = await post(SECRET);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ received: true });
    expect(jobs.map((job) => job.id)).toEqual([`pixazo:${terminal.request_id}`]);
  });
});
