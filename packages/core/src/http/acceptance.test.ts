import type { ServerResponse } from 'node:http';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AbortedError } from '../errors/aborted-error.ts';
import { AuthenticationError } from '../errors/authentication-error.ts';
import { GrokImagineError } from '../errors/grok-imagine-error.ts';
import { SubmissionUncertainError } from '../errors/submission-uncertain-error.ts';
import type { CreateAttempt } from '../provider/provider-adapter.ts';
import { failure, Job, KEY, ORIGIN, setupHttp } from '../../test/support/http-fixture.ts';
import { type LoopbackServer, startLoopback } from '../../test/support/loopback-server.ts';
import type { HttpClientOptions } from './create-http-client.ts';

const PATH = '/v1/videos/generations';

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => {
  nock.cleanAll();
});

/** Sends one create request and returns its error and the attempt it carried. */
async function create(
  overrides: Partial<HttpClientOptions> = {},
  extra: { signal?: AbortSignal; maxBodyBytes?: number } = {},
) {
  const { http, clock } = setupHttp(overrides);
  const attempt: CreateAttempt = { sent: false };
  const error = (await failure(
    http.request({
      method: 'POST',
      path: '/videos/generations',
      json: { prompt: 'x' },
      schema: Job,
      intent: 'create',
      attempt,
      ...extra,
    }),
  )) as unknown as GrokImagineError;
  expect(GrokImagineError.isInstance(error), `an SDK error, got ${String(error)}`).toBe(true);
  return { error, attempt, clock };
}

function expectRefused(error: GrokImagineError, name: string): void {
  expect(error.name).toBe(name);
  expect(error.accepted).toBe('no');
  expect(SubmissionUncertainError.isInstance(error)).toBe(false);
}

function expectUncertain(error: GrokImagineError, causeName: string): void {
  expect(SubmissionUncertainError.isInstance(error), `SubmissionUncertainError, got ${error.name}`).toBe(
    true,
  );
  expect(error.accepted).toBe('unknown');
  expect(error.provider).toBe('xai');
  expect(error.message).toContain('the job may exist and be charged. Not sent again automatically.');
  expect((error.cause as Error).name).toBe(causeName);
}

describe('acceptance of a create: refusals are "no"', () => {
  it.each([
    [400, { error: 'prompt too long' }, 'ValidationError'],
    [401, { error: 'bad key' }, 'AuthenticationError'],
    [402, { error: 'no credits' }, 'InsufficientCreditsError'],
    [403, { error: 'forbidden' }, 'PermissionError'],
    [403, '<html><body>Access denied</body></html>', 'PermissionError'],
    [404, { error: 'no such model' }, 'NotFoundError'],
    [405, { error: 'method not allowed' }, 'UnsupportedError'],
    [415, { error: 'unsupported media type' }, 'UnsupportedError'],
    [422, { error: 'unprocessable' }, 'ValidationError'],
  ])('%i %j → %s, accepted "no", sent once', async (status, body, name) => {
    nock(ORIGIN).post(PATH).reply(status, body);
    const { error, attempt, clock } = await create();
    expectRefused(error, name);
    expect(error.status).toBe(status);
    expect(attempt.sent).toBe(true);
    expect(clock.sleeps).toEqual([]);
  });

  it('429 on every attempt → RateLimitError after the retries, accepted "no"', async () => {
    nock(ORIGIN).post(PATH).times(3).reply(429, { error: 'slow down' }, { 'retry-after': '1' });
    const { error, clock } = await create({ retry: { retries: 2 } });
    expectRefused(error, 'RateLimitError');
    expect(clock.sleeps).toEqual([1000, 1000]);
  });

  it('a 3xx redirect → ProviderError unexpected_redirect, accepted "no", not followed', async () => {
    nock(ORIGIN).post(PATH).reply(307, '', { location: 'https://elsewhere.example.com/v1/videos' });
    const { error } = await create();
    expectRefused(error, 'ProviderError');
    expect(error.code).toBe('unexpected_redirect');
  });

  it('ECONNREFUSED on every attempt → ConnectionError, accepted "no" (retried: it never arrived)', async () => {
    nock(ORIGIN)
      .post(PATH)
      .times(2)
      .replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' });
    const { error, clock } = await create({ retry: { retries: 1, minDelayMs: 10 } });
    expectRefused(error, 'ConnectionError');
    expect(clock.sleeps).toEqual([10]);
  });

  it('a missing key (authHeaders throws) → that error, accepted "no", nothing sent', async () => {
    const missing = new AuthenticationError('No xAI API key: set XAI_API_KEY.', { provider: 'xai' });
    const { error, attempt } = await create({
      authHeaders: () => {
        throw missing;
      },
    });
    expect(error).toBe(missing);
    expect(error.accepted).toBe('no');
    expect(attempt.sent).toBe(false);
  });

  it('an abort while waiting to retry a 429 → AbortedError, accepted "no" (nothing more was sent)', async () => {
    nock(ORIGIN).post(PATH).reply(429, { error: 'slow down' }, { 'retry-after': '1' });
    const controller = new AbortController();
    const clock = {
      now: () => 0,
      sleep: async () => {
        controller.abort();
        throw new AbortedError('Aborted.', { provider: 'xai' });
      },
    };
    const { error } = await create({ clock }, { signal: controller.signal });
    expectRefused(error, 'AbortedError');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('an abort before sending → AbortedError, accepted "no", nothing sent', async () => {
    const controller = new AbortController();
    controller.abort();
    const { error, attempt } = await create({}, { signal: controller.signal });
    expectRefused(error, 'AbortedError');
    expect(attempt.sent).toBe(false);
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe('acceptance of a create: anything after sending is "unknown"', () => {
  it.each([
    [408, 'ProviderError'],
    [500, 'ProviderError'],
    [502, 'ProviderError'],
    [503, 'ProviderError'],
    [504, 'ProviderError'],
  ])('%i → SubmissionUncertainError (cause %s), not sent again', async (status, causeName) => {
    nock(ORIGIN).post(PATH).reply(status, { error: 'upstream' }).post(PATH).reply(200, { id: 'never' });
    const { error, attempt, clock } = await create();
    expectUncertain(error, causeName);
    expect(error.status).toBe(status);
    expect(attempt.sent).toBe(true);
    expect(nock.pendingMocks()).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('a reset after sending → SubmissionUncertainError (cause ConnectionError)', async () => {
    nock(ORIGIN).post(PATH).replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    const { error } = await create();
    expectUncertain(error, 'ConnectionError');
  });

  it('a 2xx that is not JSON → SubmissionUncertainError (cause ResponseValidationError)', async () => {
    nock(ORIGIN).post(PATH).reply(200, '<html>ok</html>');
    const { error } = await create();
    expectUncertain(error, 'ResponseValidationError');
    expect((error.cause as GrokImagineError).code).toBe('body_not_json');
  });

  it('a 2xx the schema rejects → SubmissionUncertainError (cause ResponseValidationError)', async () => {
    nock(ORIGIN).post(PATH).reply(200, { id: 42 });
    const { error } = await create();
    expectUncertain(error, 'ResponseValidationError');
    expect((error.cause as { issues: string[] }).issues).toEqual([
      'id: Invalid type: Expected string but received 42',
    ]);
  });

  it('an oversized 2xx body → SubmissionUncertainError (cause ResponseValidationError body_too_large)', async () => {
    nock(ORIGIN)
      .post(PATH)
      .reply(200, { id: 'x'.repeat(100) });
    const { error } = await create({}, { maxBodyBytes: 64 });
    expectUncertain(error, 'ResponseValidationError');
    expect((error.cause as GrokImagineError).code).toBe('body_too_large');
  });
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
    const { error } = await onLoopback();
    expectUncertain(error, 'RequestTimeoutError');
    expect((error.cause as Error).message).toBe(
      'xai: the answer to POST /videos/generations stalled; not complete within 50 ms.',
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
  beforeAll(async () => {
    server = await startLoopback((_request, response, index) => {
      response.on('close', () => closed++);
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
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed, 'the connection was dropped').toBe(1);
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });
});

it('the key never reaches an acceptance error', async () => {
  nock(ORIGIN)
    .post(PATH)
    .reply(500, { error: `upstream saw ${KEY}` });
  const { error } = await create();
  expect(JSON.stringify(error)).not.toContain(KEY);
  expect(String((error.cause as Error).message)).not.toContain(KEY);
});
