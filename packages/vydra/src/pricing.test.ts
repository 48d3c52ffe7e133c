import { type NormalizedRequest, UnsupportedError, ValidationError } from '@grok-imagine/core';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API, setup, T2I, T2V, vydra } from './__fixtures__/harness.ts';
import videoPending from './__fixtures__/submit-video-202.json' with { type: 'json' };

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const t2i = T2I as NormalizedRequest;
const t2v = T2V as NormalizedRequest;

describe('quote', () => {
  it('prices an image at 8 credits and leaves the USD unknown without usdPerCredit', () => {
    const quote = setup().adapter.quote(t2i);
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
    expect(quote.lines[0]?.entry.source).toBe('https://www.vydra.ai/');
  });

  it('prices a video at 150 credits whatever its duration', () => {
    const { adapter } = setup();
    expect(adapter.quote(t2v).credits).toBe(150);
    expect(adapter.quote({ ...T2V, duration: 15 } as NormalizedRequest).credits).toBe(150);
  });

  it('converts credits to USD exactly with usdPerCredit, and says so', () => {
    const { adapter } = setup({ usdPerCredit: '0.01' });
    const video = adapter.quote(t2v);
    expect(video).toMatchObject({
      credits: 150,
      usdTicks: 15_000_000_000,
      usd: 1.5,
      confidence: 'documented',
    });
    expect(video.notes).toEqual(['USD converted from credits at your usdPerCredit of 0.01.']);
    expect(adapter.quote(t2i)).toMatchObject({ credits: 8, usdTicks: 800_000_000, usd: 0.08 });
  });

  it('takes price overrides, with their source', () => {
    const { adapter } = setup({
      prices: { 'video-request': { credits: 120, source: 'my contract' } },
      today: '2026-02-01',
    });
    const quote = adapter.quote(t2v);
    expect(quote.credits).toBe(120);
    expect(quote.lines[0]?.entry).toMatchObject({ source: 'my contract', asOf: '2026-02-01' });
  });

  it('a USD override is used as given, not converted', () => {
    const { adapter } = setup({ prices: { 'image-request': { usd: '0.05' } }, usdPerCredit: '0.01' });
    const quote = adapter.quote(t2i);
    expect(quote).toMatchObject({ usdTicks: 500_000_000, credits: 8, notes: [] });
  });

  it('an override of an unknown entry is a ValidationError', () => {
    expect(() => setup({ prices: { 'video-720p': { usd: 1 } } })).toThrow(ValidationError);
  });

  it('has no price for a request type Vydra lacks', () => {
    const request = { ...T2V, type: 'video-extend', video: 'https://v.example/a.mp4' } as NormalizedRequest;
    expect(() => setup().adapter.quote(request)).toThrow(UnsupportedError);
  });
});

describe('reported cost', () => {
  it('is creditsCharged, in USD too when usdPerCredit is set', async () => {
    const { adapter, ctx } = setup({ usdPerCredit: 0.01 });
    vydra().post(`${API}/models/grok-imagine`).reply(202, videoPending);
    const job = await adapter.submit(T2V, ctx);
    expect(job.cost).toEqual({ credits: 150, usdTicks: 15_000_000_000, usd: 1.5, basis: 'reported' });
  });
});
