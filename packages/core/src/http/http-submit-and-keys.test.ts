import { inspect } from 'node:util';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { failure, Job, KEY, ORIGIN, setupHttp as setup } from '../../test/support/http-fixture.ts';
import { createHttpClient } from './create-http-client.ts';
import { socketError } from '../testing/socket-error.ts';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
  vi.useRealTimers();
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
      .replyWithError(socketError('ECONNREFUSED'))
      .post('/v1/videos/generations')
      .reply(200, { id: 'vid-2' });
    const { http } = setup();
    await expect(create(http)).resolves.toMatchObject({ data: { id: 'vid-2' } });
  });

  it('a reset after sending is SubmissionUncertainError and is not resent', async () => {
    nock(ORIGIN)
      .post('/v1/videos/generations')
      .replyWithError(socketError('ECONNRESET'))
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

  it('a 5xx is not resent: SubmissionUncertainError with the ProviderError as cause', async () => {
    nock(ORIGIN)
      .post('/v1/videos/generations')
      .reply(502, { error: 'bad gateway' })
      .post('/v1/videos/generations')
      .reply(200, { id: 'never' });
    const { http } = setup();
    const error = await failure(create(http));
    expect(error.name).toBe('SubmissionUncertainError');
    expect(error.message).toBe(
      'xai: the job-creating POST /videos/generations failed after it was sent (xai 502: bad gateway); the job may exist and be charged. Not sent again automatically.',
    );
    expect(error.status).toBe(502);
    expect((error.cause as Error).name).toBe('ProviderError');
    expect(nock.pendingMocks()).toHaveLength(1);
  });

  it('a refusal carries accepted "no"; a 2xx the schema rejects is uncertain', async () => {
    nock(ORIGIN).post('/v1/videos/generations').reply(400, { error: 'bad prompt' });
    const { http } = setup();
    const refused = await failure(create(http));
    expect(refused).toMatchObject({ name: 'ValidationError', accepted: 'no' });
    nock(ORIGIN).post('/v1/videos/generations').reply(200, { unexpected: true });
    const lost = await failure(create(http));
    expect(lost).toMatchObject({ name: 'SubmissionUncertainError', accepted: 'unknown' });
  });
});

describe('createHttpClient: timeouts, abort and rate limits', () => {
  // A create past its deadline: connect-deadline.test.ts and acceptance-socket.test.ts, on real
  // sockets (nock's delay holds the connection itself, so a create there never left).
  it('a read past its deadline is RequestTimeoutError, at the deadline shared with requests started with it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    nock(ORIGIN).get('/v1/videos/abc').times(2).delay(5000).reply(200, { id: 'late' });
    const { http } = setup({ timeoutMs: 1000, retry: { retries: 0 } });
    const read = failure(http.request({ method: 'GET', path: '/videos/abc', schema: Job, intent: 'read' }));
    const other = failure(http.request({ method: 'GET', path: '/videos/abc', schema: Job, intent: 'read' }));
    // Requests starting within 10 ms share one deadline timer: each gets at least 1000 ms, at most 1010.
    await vi.advanceTimersByTimeAsync(999);
    const early = await Promise.race([read.then(() => 'settled'), Promise.resolve('open')]);
    expect(early).toBe('open');
    await vi.advanceTimersByTimeAsync(12);
    const readError = await read;
    expect(readError.name).toBe('RequestTimeoutError');
    expect(readError.message).toBe(
      // nock's delay holds the connection itself, so the request never got out.
      'xai: GET https://api.example.com/v1/videos/abc could not connect within 1000 ms.',
    );
    expect(readError.retryable).toBe(true);
    expect((await other).name).toBe('RequestTimeoutError');
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
    // The window is stretched by its guard (5 ms for a 1 s rule).
    expect(clock.sleeps).toEqual([1005]);
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
    nock(ORIGIN).post('/v1/a').replyWithError(socketError('ECONNRESET', 'socket hang up'));
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
