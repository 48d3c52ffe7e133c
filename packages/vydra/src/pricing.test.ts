import { createClient, type ProviderRequest, ValidationError } from '@grok-imagine/core';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API, setup, T2I, T2V, vydra } from './__fixtures__/harness.ts';
import completed from './__fixtures__/job-video-completed.json' with { type: 'json' };
import videoPending from './__fixtures__/submit-video-202.json' with { type: 'json' };

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const quoteOf = (request: ProviderRequest, config = {}) => setup(config).plan(request).quote;

describe('quote', () => {
  it('prices an image at 8 credits and leaves the USD unknown without usdPerCredit', () => {
    const quote = quoteOf(T2I);
    expect(quote).toMatchObject({
      provider: 'vydra',
      type: 'text-to-image',
      credits: 8,
      confidence: 'documented',
    });
    expect(quote.usd).toBeUndefined();
    expect(quote.usdTicks).toBeUndefined();
    expect(quote.notes).toEqual([
      'USD unknown: Vydra bills in credits; set usdPerCredit to price them in dollars.',
    ]);
    expect(quote.lines[0]?.entry.source).toBe(
      'https://www.vydra.ai/docs/models/grok-imagine (vydra-grok-imagine.txt, "Sub-models & Credit Costs": text-to-image 8 credits)',
    );
  });

  it('prices a video at 150 credits whatever its duration, and an edit like an image', () => {
    expect(quoteOf(T2V).credits).toBe(150);
    expect(quoteOf({ ...T2V, duration: 15 }).credits).toBe(150);
    expect(
      quoteOf({ ...T2I, type: 'image-edit', images: [{ kind: 'url', url: 'https://a/x.png' }] }).credits,
    ).toBe(8);
  });

  it('converts credits to USD exactly with usdPerCredit, and says so', () => {
    const config = { usdPerCredit: '0.01' };
    const video = quoteOf(T2V, config);
    expect(video).toMatchObject({
      credits: 150,
      usdTicks: 15_000_000_000,
      usd: 1.5,
      confidence: 'documented',
    });
    expect(video.notes).toEqual(['USD converted from credits at your usdPerCredit of 0.01.']);
    expect(quoteOf(T2I, config)).toMatchObject({ credits: 8, usdTicks: 800_000_000, usd: 0.08 });
  });

  it('takes price overrides, with their source', () => {
    const quote = quoteOf(T2V, {
      prices: { 'video-request': { credits: 120, source: 'my contract' } },
      today: '2026-02-01',
    });
    expect(quote.credits).toBe(120);
    expect(quote.lines[0]?.entry).toMatchObject({ source: 'my contract', asOf: '2026-02-01' });
  });

  it('a USD override is used as given, not converted', () => {
    const quote = quoteOf(T2I, { prices: { 'image-request': { usd: '0.05' } }, usdPerCredit: '0.01' });
    expect(quote).toMatchObject({ usdTicks: 500_000_000, credits: 8, notes: [] });
  });

  it('an override of an unknown entry is a ValidationError', () => {
    expect(() => setup({ prices: { 'video-720p': { usd: 1 } } })).toThrow(ValidationError);
  });
});

describe('reported cost through core', () => {
  it('creditsCharged is the job cost, in USD too when usdPerCredit is set', async () => {
    const { adapter, clock } = setup({ usdPerCredit: 0.01 });
    const client = createClient(adapter, { clock });
    vydra()
      .post(`${API}/models/grok-imagine`)
      .reply(202, videoPending)
      .get(`${API}/jobs/job_12345`)
      .reply(200, completed);
    const job = await client.generate({ type: 'text-to-video', prompt: T2V.prompt });
    expect(job.cost).toEqual({ credits: 150, usdTicks: 15_000_000_000, usd: 1.5, basis: 'reported' });
  });
});
