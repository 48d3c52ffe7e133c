import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toRateLimitRules } from './account.ts';
import { API, setup, vydra } from './__fixtures__/harness.ts';
import organization from './__fixtures__/organization.json' with { type: 'json' };
import rateLimits from './__fixtures__/rate-limits.json' with { type: 'json' };

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

function jobReads(count: number) {
  return vydra().get(`${API}/jobs/job_1`).times(count).reply(200, { id: 'job_1', status: 'running' });
}

describe('account', () => {
  it('balance() reads GET /organization', async () => {
    const { adapter } = setup();
    vydra().get(`${API}/organization`).reply(200, organization);
    expect(await adapter.balance()).toEqual({ creditsRemaining: 4250, plan: 'starter', raw: organization });
  });

  it('rateLimits() reads GET /account/rate-limits', async () => {
    const { adapter } = setup();
    vydra().get(`${API}/account/rate-limits`).reply(200, rateLimits);
    const limits = await adapter.rateLimits();
    expect(limits).toEqual({
      plan: 'starter',
      perMinute: 30,
      perHour: 500,
      perDay: 5000,
      concurrent: 5,
      raw: rateLimits,
    });
    expect(toRateLimitRules(limits)).toEqual([
      { key: '*', limit: 30, intervalMs: 60_000 },
      { key: '*', limit: 500, intervalMs: 3_600_000 },
      { key: '*', limit: 5000, intervalMs: 86_400_000 },
    ]);
  });
});

describe('rate limiting', () => {
  it('holds the 11th request of a minute by default (Free plan: 10 per minute)', async () => {
    const { adapter, ctx, clock } = setup();
    jobReads(11);
    for (let i = 0; i < 11; i++) await adapter.refresh('job_1', ctx);
    expect(clock.sleeps).toEqual([60_000]);
  });

  it('applyRateLimits() puts the plan limits in force', async () => {
    const { adapter, ctx, clock } = setup();
    vydra().get(`${API}/account/rate-limits`).reply(200, rateLimits);
    await adapter.applyRateLimits();
    // The plan allows 30 a minute; the rate-limits call itself was the first of them.
    jobReads(30);
    for (let i = 0; i < 29; i++) await adapter.refresh('job_1', ctx);
    expect(clock.sleeps).toEqual([]);
    await adapter.refresh('job_1', ctx);
    expect(clock.sleeps).toEqual([60_000]);
  });

  it('applyRateLimits() keeps the rules in force when Vydra reports none', async () => {
    const { adapter, ctx, clock } = setup();
    vydra().get(`${API}/account/rate-limits`).reply(200, { plan: 'enterprise' });
    expect(await adapter.applyRateLimits()).toEqual({ plan: 'enterprise', raw: { plan: 'enterprise' } });
    jobReads(10);
    for (let i = 0; i < 10; i++) await adapter.refresh('job_1', ctx);
    expect(clock.sleeps).toEqual([60_000]);
  });
});
