import { createClient, ResponseValidationError } from '@grok-imagine/core';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API, setup, vydra } from './__fixtures__/harness.ts';
import organization from './__fixtures__/organization.json' with { type: 'json' };
import rateLimits from './__fixtures__/rate-limits.json' with { type: 'json' };

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('account', () => {
  it('reads GET /organization and GET /account/rate-limits into one ProviderAccount', async () => {
    const { adapter, ctx } = setup();
    vydra()
      .get(`${API}/organization`)
      .reply(200, organization)
      .get(`${API}/account/rate-limits`)
      .reply(200, rateLimits);
    expect(await adapter.account(ctx)).toEqual({
      provider: 'vydra',
      supported: true,
      credits: 4250,
      rateLimits: { requestsPerMinute: 30, concurrentJobs: 5, plan: 'starter' },
    });
  });

  it('through core: client.account()', async () => {
    const { adapter, clock } = setup();
    vydra()
      .get(`${API}/organization`)
      .reply(200, organization)
      .get(`${API}/account/rate-limits`)
      .reply(200, rateLimits);
    expect(await createClient(adapter, { clock }).account()).toMatchObject({
      provider: 'vydra',
      credits: 4250,
    });
  });

  it('leaves out limits Vydra does not give as positive numbers (custom Enterprise: null), plan from the organization', async () => {
    const { adapter, ctx } = setup();
    vydra()
      .get(`${API}/organization`)
      .reply(200, { ...organization, plan: 'enterprise' })
      .get(`${API}/account/rate-limits`)
      .reply(200, { limits: { rpm: null, concurrent: -3 } });
    expect(await adapter.account(ctx)).toEqual({
      provider: 'vydra',
      supported: true,
      credits: 4250,
      rateLimits: { plan: 'enterprise' },
    });
  });

  it('a balance that is not a finite number is a ResponseValidationError, not a figure', async () => {
    const { adapter, ctx } = setup();
    vydra()
      .get(`${API}/organization`)
      .reply(200, '{"creditsRemaining": 1e999}', { 'content-type': 'application/json' });
    await expect(adapter.account(ctx)).rejects.toBeInstanceOf(ResponseValidationError);
  });
});
