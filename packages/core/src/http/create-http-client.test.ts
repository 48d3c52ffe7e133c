import { inspect } from 'node:util';
import nock from 'nock';
import * as v from 'valibot';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFakeClock } from '../testing/fake-clock.ts';
import { createHttpClient, type HttpClientOptions } from './create-http-client.ts';

const ORIGIN = 'https://api.example.com';
const KEY = 'sk-test-SECRET-0123456789';
const Job = v.object({ id: v.string() });

function setup(overrides: Partial<HttpClientOptions> = {}) {
  const clock = createFakeClock();
  const http = createHttpClient({
    provider: 'xai',
    defaultBaseURL: `${ORIGIN}/v1`,
    authHeaders: () => ({ authorization: `Bearer ${KEY}` }),
    parseError: ({ json, text }) => {
      const body = json as { error?: string; code?: string } | undefined;
      return { message: body?.error ?? text, code: body?.code };
    },
    clock,
    ...overrides,
  });
  return { http, clock };
}

async function failure(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as Error & Record<string, unknown>,
  );
}

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
  vi.useRealTimers();
});

describe('createHttpClient: requests', () => {
  it('sends the exact method, URL, headers (auth included) and JSON body', async () => {
    const scope = nock(ORIGIN, {
      reqheaders: {
        authorization: `Bearer ${KEY}`,
        accept: 'application/json',
        'content-type': 'application/json',
        'x-team': 'blue',
        'x-call': '1',
      },
    })
      .post('/v1/images/generations', { prompt: 'a cat', n: 2 })
      .reply(200, { id: 'img-1' }, { 'x-request-id': 'r1' });
    const { http } = setup({ headers: { 'x-team': 'blue' } });
    const response = await http.request({
      method: 'POST',
      path: '/images/generations',
      json: { prompt: 'a cat', n: 2 },
      headers: { 'x-call': '1' },
      schema: Job,
      intent: 'create',
    });
    expect(response.data).toEqual({ id: 'img-1' });
    expect(response.status).toBe(200);
    expect(response.rawText).toBe('{"id":"img-1"}');
    expect(response.headers.get('x-request-id')).toBe('r1');
    expect(scope.isDone()).toBe(true);
  });

  it('joins the base URL (trailing slash or not) with the path and defined query values', async () => {
    const scope = nock(ORIGIN)
      .get('/api/v1/jobs')
      .query({ limit: '5', status: 'running' })
      .reply(200, { id: 'x' });
    const { http } = setup({ baseURL: `${ORIGIN}/api/v1/` });
    expect(http.baseURL).toBe(`${ORIGIN}/api/v1/`);
    await http.request({
      method: 'GET',
      path: '/jobs',
      query: { limit: 5, status: 'running', offset: undefined },
      schema: Job,
      intent: 'read',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('passes an empty 202 body to the schema as undefined', async () => {
    nock(ORIGIN).get('/v1/videos/abc').reply(202, '');
    const { http } = setup();
    const response = await http.request({
      method: 'GET',
      path: '/videos/abc',
      schema: v.optional(Job),
      intent: 'read',
    });
    expect(response.status).toBe(202);
    expect(response.data).toBeUndefined();
  });

  it('uses an injected fetch', async () => {
    const fetch = vi.fn(async () => new Response('{"id":"f"}', { status: 200 }));
    const { http } = setup({ fetch });
    const response = await http.request({ method: 'GET', path: '/x', schema: Job, intent: 'read' });
    expect(response.data).toEqual({ id: 'f' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('createHttpClient: response validation', () => {
  it('a non-JSON 2xx is a ResponseValidationError keeping the raw text', async () => {
    nock(ORIGIN).get('/v1/videos/abc').reply(200, '<html>maintenance</html>');
    const { http } = setup();
    const error = await failure(
      http.request({ method: 'GET', path: '/videos/abc', schema: Job, intent: 'read' }),
    );
    expect(error.name).toBe('ResponseValidationError');
    expect(error.rawText).toBe('<html>maintenance</html>');
    expect(error.message).toBe('xai: expected JSON from GET /videos/abc, got: <html>maintenance</html>');
    expect(error.provider).toBe('xai');
  });

  it('a body that does not match the schema lists the issues', async () => {
    nock(ORIGIN).get('/v1/videos/abc').reply(200, { id: 42 });
    const { http } = setup();
    const error = await failure(
      http.request({ method: 'GET', path: '/videos/abc', schema: Job, intent: 'read' }),
    );
    expect(error.name).toBe('ResponseValidationError');
    expect(error.rawText).toBe('{"id":42}');
    expect(error.issues).toEqual(['id: Invalid type: Expected string but received 42']);
    expect(error.message).toContain('unexpected response from GET /videos/abc: id:');
  });

  it('a redirect is refused, naming the Location, and not followed', async () => {
    nock(ORIGIN).get('/v1/jobs/1').reply(301, '', { location: 'https://www.example.com/v1/jobs/1' });
    const { http } = setup();
    const error = await failure(
      http.request({ method: 'GET', path: '/jobs/1', schema: Job, intent: 'read' }),
    );
    expect(error.name).toBe('ProviderError');
    expect(error.code).toBe('unexpected_redirect');
    expect(error.message).toContain('redirecting to https://www.example.com/v1/jobs/1');
    expect(error.message).toContain('Set baseURL to the final address');
  });
});

describe('createHttpClient: retries on reads', () => {
  const read = (http: ReturnType<typeof setup>['http']) =>
    http.request({ method: 'GET', path: '/videos/abc', schema: Job, intent: 'read' });

  it.each([
    ['Retry-After seconds', { 'retry-after': '3' }, 3000],
    ['retry-after-ms', { 'retry-after-ms': '250' }, 250],
    ['a huge Retry-After, capped', { 'retry-after': '3600' }, 60_000],
  ])('a 503 with %s is retried after that wait on the clock', async (_label, headers, waited) => {
    nock(ORIGIN)
      .get('/v1/videos/abc')
      .reply(503, { error: 'busy' }, headers)
      .get('/v1/videos/abc')
      .reply(200, { id: 'ok' });
    const { http, clock } = setup();
    await expect(read(http)).resolves.toMatchObject({ data: { id: 'ok' } });
    expect(clock.sleeps).toEqual([waited]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const { http, clock } = setup();
    const at = new Date(clock.now() + 7000).toUTCString();
    nock(ORIGIN)
      .get('/v1/videos/abc')
      .reply(429, { error: 'slow' }, { 'retry-after': at })
      .get('/v1/videos/abc')
      .reply(200, { id: 'ok' });
    await read(http);
    expect(clock.sleeps).toEqual([7000]);
  });

  it('honours a custom cap', async () => {
    nock(ORIGIN)
      .get('/v1/videos/abc')
      .reply(503, {}, { 'retry-after': '30' })
      .get('/v1/videos/abc')
      .reply(200, { id: 'ok' });
    const { http, clock } = setup({ retry: { maxRetryAfterMs: 5000 } });
    await read(http);
    expect(clock.sleeps).toEqual([5000]);
  });

  it('backs off exponentially without Retry-After and gives up with the last error', async () => {
    nock(ORIGIN).get('/v1/videos/abc').times(4).reply(500, { error: 'down', code: 'internal' });
    const { http, clock } = setup({ retry: { retries: 3, minDelayMs: 100, maxDelayMs: 300 } });
    const error = await failure(read(http));
    expect(error.name).toBe('ProviderError');
    expect(error.message).toBe('xai 500 internal: down');
    expect(error.status).toBe(500);
    expect(clock.sleeps).toEqual([100, 200, 300]);
  });

  it('retries 408 and network errors; not 404', async () => {
    nock(ORIGIN)
      .get('/v1/videos/abc')
      .reply(408, {})
      .get('/v1/videos/abc')
      .replyWithError({ code: 'ECONNRESET' })
      .get('/v1/videos/abc')
      .reply(200, { id: 'ok' });
    const { http, clock } = setup();
    await expect(read(http)).resolves.toMatchObject({ data: { id: 'ok' } });
    expect(clock.sleeps).toEqual([500, 1000]);

    nock(ORIGIN).get('/v1/videos/abc').reply(404, { error: 'no such job' });
    const error = await failure(read(http));
    expect(error.name).toBe('NotFoundError');
    expect(clock.sleeps).toHaveLength(2);
  });

  it('a cancel is not retried after a response', async () => {
    nock(ORIGIN).delete('/v1/jobs/1').reply(503, {});
    const { http, clock } = setup();
    const error = await failure(
      http.request({ method: 'DELETE', path: '/jobs/1', schema: Job, intent: 'cancel' }),
    );
    expect(error.name).toBe('ProviderError');
    expect(clock.sleeps).toEqual([]);
  });
});

describe('createHttpClient: the job-creating POST', () => {
  const create = (http: ReturnType<typeof setup>['http']) =>
    http.request({
      method: 'POST',
      path: '/videos/generations',
      json: { prompt: 'x' },
      schema: Job,
      intent: 'create',
    });

  it('is retried on 429, which proves it was not accepted', async () => {
    nock(ORIGIN)
      .post('/v1/videos/generations', { prompt: 'x' })
      .reply(429, { error: 'rate limited' }, { 'retry-after': '2' })
      .post('/v1/videos/generations', { prompt: 'x' })
      .reply(200, { id: 'vid-1' });
    const { http, clock } = setup();
    await expect(create(http)).resolves.toMatchObject({ data: { id: 'vid-1' } });
    expect(clock.sleeps).toEqual([2000]);
  });

  it('is retried when the connection was refused before sending', async () => {
    nock(ORIGIN)
      .post('/v1/videos/generations')
      .replyWithError({ code: 'ECONNREFUSED' })
      .post('/v1/videos/generations')
      .reply(200, { id: 'vid-2' });
    const { http } = setup();
    await expect(create(http)).resolves.toMatchObject({ data: { id: 'vid-2' } });
  });

  it('a reset after sending is SubmissionUncertainError and is not resent', async () => {
    nock(ORIGIN)
      .post('/v1/videos/generations')
      .replyWithError({ code: 'ECONNRESET' })
      .post('/v1/videos/generations')
      .reply(200, { id: 'never' });
    const { http, clock } = setup();
    const error = await failure(create(http));
    expect(error.name).toBe('SubmissionUncertainError');
    expect(error.message).toContain('the job may exist and be charged');
    expect(error.provider).toBe('xai');
    expect(nock.pendingMocks()).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('a 5xx is not resent (the job may exist)', async () => {
    nock(ORIGIN)
      .post('/v1/videos/generations')
      .reply(502, { error: 'bad gateway' })
      .post('/v1/videos/generations')
      .reply(200, { id: 'never' });
    const { http } = setup();
    const error = await failure(create(http));
    expect(error.name).toBe('ProviderError');
    expect(nock.pendingMocks()).toHaveLength(1);
  });
});

describe('createHttpClient: timeouts, abort and rate limits', () => {
  it('a read past its timeout is RequestTimeoutError; a create past it is SubmissionUncertainError', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    nock(ORIGIN).get('/v1/videos/abc').delay(5000).reply(200, { id: 'late' });
    nock(ORIGIN).post('/v1/videos/generations').delay(5000).reply(200, { id: 'late' });
    const { http } = setup({ timeoutMs: 1000, retry: { retries: 0 } });
    const read = failure(http.request({ method: 'GET', path: '/videos/abc', schema: Job, intent: 'read' }));
    const create = failure(
      http.request({ method: 'POST', path: '/videos/generations', schema: Job, intent: 'create' }),
    );
    await vi.advanceTimersByTimeAsync(1001);
    const readError = await read;
    expect(readError.name).toBe('RequestTimeoutError');
    expect(readError.message).toBe('xai: request to https://api.example.com/v1/videos/abc timed out.');
    expect(readError.retryable).toBe(true);
    expect((await create).name).toBe('SubmissionUncertainError');
  });

  it('an aborted request is AbortedError', async () => {
    nock(ORIGIN).get('/v1/videos/abc').delay(100).reply(200, { id: 'x' });
    const { http } = setup();
    const controller = new AbortController();
    const pending = failure(
      http.request({
        method: 'GET',
        path: '/videos/abc',
        schema: Job,
        intent: 'read',
        signal: controller.signal,
      }),
    );
    controller.abort();
    expect((await pending).name).toBe('AbortedError');
  });

  it('waits on the clock for the rate limiter instead of sending too fast', async () => {
    nock(ORIGIN).get('/v1/x').times(3).reply(200, { id: 'x' });
    const { http, clock } = setup({ defaultLimits: [{ key: 'video', limit: 1, intervalMs: 1000 }] });
    const call = () =>
      http.request({ method: 'GET', path: '/x', schema: Job, intent: 'read', limitKey: 'video' });
    await call();
    await call();
    await http.request({ method: 'GET', path: '/x', schema: Job, intent: 'read', limitKey: 'image' });
    expect(clock.sleeps).toEqual([1000]);
    expect(http.limiter.currentRules).toEqual([{ key: 'video', limit: 1, intervalMs: 1000 }]);
    expect(
      setup({ limits: false, defaultLimits: [{ key: '*', limit: 1, intervalMs: 1 }] }).http.limiter
        .currentRules,
    ).toEqual([]);
  });
});

describe('createHttpClient: API keys never leak', () => {
  function expectNoKey(error: unknown) {
    expect(String((error as Error).message)).not.toContain(KEY);
    expect(JSON.stringify(error)).not.toContain(KEY);
    expect(inspect(error, { depth: 10 })).not.toContain(KEY);
  }

  it('a 401 that echoes the key is an AuthenticationError with the key redacted', async () => {
    nock(ORIGIN)
      .post('/v1/videos/generations')
      .reply(401, { error: `Incorrect API key provided: ${KEY}`, code: 'invalid_key' });
    const { http } = setup();
    const error = await failure(
      http.request({ method: 'POST', path: '/videos/generations', json: {}, schema: Job, intent: 'create' }),
    );
    expect(error.name).toBe('AuthenticationError');
    expect(error.message).toBe('xai 401 invalid_key: Incorrect API key provided: [redacted]');
    expectNoKey(error);
  });

  it('connection failures, timeouts and bad bodies carry no key', async () => {
    nock(ORIGIN).post('/v1/a').replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    nock(ORIGIN).get('/v1/b').reply(200, `not json ${KEY}`);
    nock(ORIGIN).get('/v1/c').reply(200, { id: KEY.length, echo: KEY });
    const { http } = setup({ retry: { retries: 0 } });
    const reset = await failure(
      http.request({ method: 'POST', path: '/a', json: {}, schema: Job, intent: 'create' }),
    );
    expectNoKey(reset);
    const html = await failure(http.request({ method: 'GET', path: '/b', schema: Job, intent: 'read' }));
    expect(html.rawText).toBe('not json [redacted]');
    expectNoKey(html);
    const mismatch = await failure(http.request({ method: 'GET', path: '/c', schema: Job, intent: 'read' }));
    expectNoKey(mismatch);
    const refused = await failure(
      createHttpClient({
        provider: 'vydra',
        defaultBaseURL: 'https://unmocked.example.com',
        authHeaders: () => ({ 'x-api-key': KEY }),
        parseError: () => ({ message: 'x' }),
        retry: { retries: 0 },
      }).request({ method: 'GET', path: '/d', schema: Job, intent: 'read' }),
    );
    expect(refused.name).toBe('ConnectionError');
    expectNoKey(refused);
  });
});
