import nock from 'nock';
import * as v from 'valibot';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { failure, Job, KEY, ORIGIN, setupHttp as setup } from '../../test/support/http-fixture.ts';
import { socketError } from '../testing/socket-error.ts';

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
  it('a non-JSON 2xx on a read is retried, then a ResponseValidationError keeping the raw text', async () => {
    nock(ORIGIN).get('/v1/videos/abc').times(2).reply(200, '<html>maintenance</html>');
    const { http, clock } = setup({ retry: { retries: 1 } });
    const error = await failure(
      http.request({ method: 'GET', path: '/videos/abc', schema: Job, intent: 'read' }),
    );
    expect(clock.sleeps).toEqual([500]);
    expect(error.name).toBe('ResponseValidationError');
    expect(error.code).toBe('body_not_json');
    expect(error.retryable).toBe(true);
    expect(error.rawText).toBe('<html>maintenance</html>');
    expect(error.message).toBe('xai: expected JSON from GET /videos/abc, got: <html>maintenance</html>');
    expect(error.provider).toBe('xai');
  });

  it('a body that does not match the schema lists the issues and is not retried', async () => {
    nock(ORIGIN).get('/v1/videos/abc').reply(200, { id: 42 });
    const { http, clock } = setup();
    const error = await failure(
      http.request({ method: 'GET', path: '/videos/abc', schema: Job, intent: 'read' }),
    );
    expect(error.name).toBe('ResponseValidationError');
    expect(error.rawText).toBe('{"id":42}');
    expect(error.issues).toEqual(['id: Invalid type: Expected string but received 42']);
    expect(error.message).toContain('unexpected response from GET /videos/abc: id:');
    expect(clock.sleeps).toEqual([]);
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
      .replyWithError(socketError('ECONNRESET'))
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
