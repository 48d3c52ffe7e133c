import type { ServerResponse } from 'node:http';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GrokImagineError } from '../errors/grok-imagine-error.ts';
import { create, expectUncertain } from '../../test/support/create-attempt.ts';
import { failure, Job, setupHttp } from '../../test/support/http-fixture.ts';
import { type LoopbackServer, startLoopback } from '../../test/support/loopback-server.ts';
import type { HttpClientOptions } from './create-http-client.ts';

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => {
  nock.cleanAll();
});

describe('acceptance of a create over a real socket', () => {
  let server: LoopbackServer;
  let behaviour: (response: ServerResponse) => void = () => {};
  beforeAll(async () => {
    server = await startLoopback((_request, response) => behaviour(response));
  });
  afterAll(async () => {
    await server.close();
  });
  const onLoopback = (overrides: Partial<HttpClientOptions> = {}) =>
    create({ baseURL: `${server.origin}/v1`, timeoutMs: 50, ...overrides });

  it('no headers within the deadline → SubmissionUncertainError (cause RequestTimeoutError)', async () => {
    behaviour = () => {};
    const { error } = await onLoopback();
    expectUncertain(error, 'RequestTimeoutError');
    expect((error.cause as Error).message).toMatch(/got no answer within 50 ms/);
  });

  it('an abort after sending → SubmissionUncertainError saying so (cause AbortedError)', async () => {
    behaviour = () => {};
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const { error, attempt } = await create(
      { baseURL: `${server.origin}/v1`, timeoutMs: 5_000 },
      { signal: controller.signal },
    );
    expectUncertain(error, 'AbortedError');
    expect(error.message).toBe(
      'xai: the job-creating POST /videos/generations was aborted after it was sent; the job may exist and be charged. Not sent again automatically.',
    );
    expect(attempt.sent).toBe(true);
  });

  it('headers, then a stalled body → SubmissionUncertainError (cause RequestTimeoutError)', async () => {
    behaviour = (response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"id":');
    };
    // Long enough that the headers arrive first even on a loaded machine; the body never ends.
    const { error } = await onLoopback({ timeoutMs: 400 });
    expectUncertain(error, 'RequestTimeoutError');
    expect((error.cause as Error).message).toBe(
      'xai: the answer to POST /videos/generations stalled; not complete within 400 ms.',
    );
  });

  it('a 2xx body shorter than its content-length, then the socket ends → SubmissionUncertainError', async () => {
    behaviour = (response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"id":"vid-');
      setImmediate(() => response.socket?.destroy());
    };
    const { error } = await onLoopback({ timeoutMs: 5_000 });
    expectUncertain(error, 'ResponseValidationError');
    expect((error.cause as GrokImagineError).code).toBe('body_unreadable');
  });
});

describe('acceptance does not apply to reads', () => {
  let server: LoopbackServer;
  let responder: (response: ServerResponse, index: number) => void = () => {};
  let closed = 0;
  let onClose: () => void = () => {};
  beforeAll(async () => {
    server = await startLoopback((_request, response, index) => {
      response.on('close', () => {
        closed++;
        onClose();
      });
      responder(response, index);
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('a truncated body on a read is retried (a retryable ResponseValidationError)', async () => {
    const start = server.requests.length;
    responder = (response, index) => {
      if (index === start) {
        response.writeHead(200, { 'content-length': '100' });
        response.write('{"id":');
        setImmediate(() => response.socket?.destroy());
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"id":"ok"}');
    };
    const { http, clock } = setupHttp({ baseURL: `${server.origin}/v1`, timeoutMs: 5_000 });
    const response = await http.request({ method: 'GET', path: '/videos/abc', schema: Job, intent: 'read' });
    expect(response.data).toEqual({ id: 'ok' });
    expect(server.requests.length - start).toBe(2);
    expect(clock.sleeps).toEqual([500]);
  });

  it('an oversized body is a ResponseValidationError, read no further and not retried', async () => {
    const start = server.requests.length;
    closed = 0;
    // Resolves when the server sees the connection end (the test times out if it never does).
    const dropped = new Promise<void>((resolve) => {
      onClose = resolve;
    });
    let written = 0;
    responder = (response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      // An endless body: the reader must stop at its cap, not buffer it.
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      const pump = () => {
        while (!response.destroyed && written < 64 * 1024 * 1024 && response.write(chunk))
          written += chunk.length;
        if (!response.destroyed && written < 64 * 1024 * 1024) response.once('drain', pump);
      };
      pump();
    };
    const { http, clock } = setupHttp({ baseURL: `${server.origin}/v1`, timeoutMs: 5_000 });
    const error = await failure(
      http.request({
        method: 'GET',
        path: '/videos/abc',
        schema: Job,
        intent: 'read',
        maxBodyBytes: 32 * 1024,
      }),
    );
    expect(error.name).toBe('ResponseValidationError');
    expect(error.code).toBe('body_too_large');
    expect(error.message).toBe('xai: the answer to GET /videos/abc is larger than 32768 bytes; not read.');
    expect(server.requests.length - start).toBe(1);
    expect(clock.sleeps).toEqual([]);
    await dropped;
    expect(closed, 'the connection was dropped').toBe(1);
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });
});
