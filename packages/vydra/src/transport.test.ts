import { AuthenticationError, ProviderError } from '@grok-imagine/core';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createVydraAdapter } from './adapter.ts';
import { API, KEY, ORIGIN, setup, T2V, vydra } from './__fixtures__/harness.ts';

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('auth and transport', () => {
  it('reads VYDRA_API_KEY at request time when no apiKey is configured', async () => {
    const { ctx } = setup();
    const env: Record<string, string | undefined> = {};
    const adapter = createVydraAdapter({ env, clock: ctx.clock });
    env.VYDRA_API_KEY = 'env_key_1';
    nock(ORIGIN, { reqheaders: { authorization: 'Bearer env_key_1' } })
      .get(`${API}/jobs/job_12345`)
      .reply(200, { id: 'job_12345', status: 'running' });
    expect(await adapter.status('job_12345', ctx)).toMatchObject({ status: 'pending', phase: 'processing' });
  });

  it('a missing key is an AuthenticationError naming VYDRA_API_KEY, raised before any request', async () => {
    const { ctx } = setup();
    const adapter = createVydraAdapter({ env: {}, clock: ctx.clock });
    const attempt = { sent: false };
    const error = await adapter.start(T2V, adapter.plan(T2V), { ...ctx, attempt }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'missing_api_key', provider: 'vydra' });
    expect((error as Error).message).toContain('VYDRA_API_KEY');
    expect(attempt.sent).toBe(false);
  });

  it('refuses a redirect and names its target instead of following it without the key (accepted: no)', async () => {
    const { start } = setup();
    const target = 'https://vydra.ai/api/v1/models/grok-imagine';
    vydra().post(`${API}/models/grok-imagine`).reply(308, '', { Location: target });
    const error = await start(T2V).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: 'unexpected_redirect', status: 308, accepted: 'no' });
    expect((error as Error).message).toContain(target);
    expect(JSON.stringify(error)).not.toContain(KEY);
  });

  it('waits out Retry-After on a 429 status read, then reads again', async () => {
    const { adapter, ctx, clock } = setup();
    vydra()
      .get(`${API}/jobs/job_12345`)
      .reply(
        429,
        { error: 'Rate limit exceeded', code: 'RATE_LIMIT_EXCEEDED', retryAfter: 30 },
        { 'Retry-After': '30' },
      )
      .get(`${API}/jobs/job_12345`)
      .reply(200, { id: 'job_12345', status: 'running' });
    expect((await adapter.status('job_12345', ctx)).status).toBe('pending');
    expect(clock.sleeps).toContain(30_000);
  });

  it('holds the 11th request of a minute by default (Free plan: 10 per minute)', async () => {
    const { adapter, ctx, clock } = setup();
    vydra().get(`${API}/jobs/job_1`).times(11).reply(200, { id: 'job_1', status: 'running' });
    for (let i = 0; i < 11; i++) await adapter.status('job_1', ctx);
    // The minute plus core's guard of 0.5 % (a server counting arrivals never sees an 11th).
    expect(clock.sleeps).toEqual([60_300]);
  });
});
