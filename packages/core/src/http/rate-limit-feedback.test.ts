import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Job, ORIGIN, setupHttp as setup } from '../../test/support/http-fixture.ts';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

const START = Date.parse('2026-01-01T00:00:00Z');

describe('createHttpClient: the provider’s rate-limit answers', () => {
  const read = (http: ReturnType<typeof setup>['http'], limitKey?: string) =>
    http.request({ method: 'GET', path: '/x', schema: Job, intent: 'read', limitKey });

  it('holds requests once X-RateLimit-Remaining says 0, until X-RateLimit-Reset', async () => {
    nock(ORIGIN)
      .get('/v1/x')
      .reply(
        200,
        { id: 'a' },
        { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(START / 1000 + 20) },
      )
      .get('/v1/x')
      .reply(
        200,
        { id: 'b' },
        { 'X-RateLimit-Remaining': '9', 'X-RateLimit-Reset': String(START / 1000 + 80) },
      );
    const { http, clock } = setup({ defaultLimits: [{ key: '*', limit: 60, intervalMs: 60_000 }] });
    await read(http);
    await read(http, 'video');
    expect(clock.sleeps).toEqual([20_000]);
  });

  it('a 429 pauses only the limit key that was refused, for its Retry-After', async () => {
    nock(ORIGIN)
      .get('/v1/x')
      .reply(429, { error: 'slow down' }, { 'Retry-After': '3' })
      .get('/v1/x')
      .times(3)
      .reply(200, { id: 'ok' });
    const { http, clock } = setup({ limits: false, retry: { retries: 0 } });
    await expect(read(http, 'video')).rejects.toMatchObject({ name: 'RateLimitError', retryAfterMs: 3000 });
    await read(http, 'image');
    await read(http);
    expect(clock.sleeps).toEqual([]);
    await read(http, 'video');
    expect(clock.sleeps).toEqual([3000]);
  });
});
