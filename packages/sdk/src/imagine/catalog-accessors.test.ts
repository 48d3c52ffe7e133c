import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImagine } from './create-imagine.ts';

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());

const noKeys = { env: {} };

describe('imagine.prices', () => {
  it("gives the configured provider's catalog by default, with source, date and confidence", () => {
    const prices = createImagine({ ...noKeys, provider: 'xai' }).prices();
    expect(prices['video-480p']).toMatchObject({
      unit: 'second',
      usdTicks: 500_000_000,
      asOf: '2026-11-22',
      confidence: 'documented',
    });
    expect(prices['image-pro']).toMatchObject({ usdTicks: 700_000_000, confidence: 'inferred' });
    expect(prices['video-480p']!.source).toContain('provider-docs/vydra-grok-imagine.txt');
  });

  it('is the catalog quote prices from: the same entry backs the quote line', () => {
    const imagine = createImagine({ ...noKeys, provider: 'pixazo' });
    const quote = imagine.quote({ type: 'text-to-video', prompt: 'rain', duration: 6, resolution: '480p' });
    const line = quote.lines[0]!;
    expect(line.entryId).toBe('grok-imagine-video-text-to-video/480p');
    expect(imagine.prices()[line.entryId]).toEqual(line.entry);
  });

  it('merges overrides and prices Vydra credits in dollars only with usdPerCredit', () => {
    const plain = createImagine({ ...noKeys, provider: 'vydra' }).prices('vydra');
    expect(plain['video-request']).toMatchObject({ credits: 150, confidence: 'documented' });
    expect(plain['video-request']!.usdTicks).toBeUndefined();

    const configured = createImagine({
      ...noKeys,
      providers: {
        vydra: { usdPerCredit: '0.01' },
        pixazo: { prices: { 'grok-imagine-api-641/image': { usd: '0.03', source: 'my invoice' } } },
      },
    });
    expect(configured.prices('vydra')['video-request']).toMatchObject({
      credits: 150,
      usdTicks: 15_000_000_000,
    });
    expect(configured.prices('pixazo')['grok-imagine-api-641/image']).toMatchObject({
      usdTicks: 300_000_000,
      source: 'my invoice',
      confidence: 'documented',
    });
  });
});

describe('imagine.capabilities', () => {
  it('gives the data the capability check reads, for any provider, without a key', () => {
    const imagine = createImagine({ ...noKeys, provider: 'xai' });
    expect(imagine.capabilities().webhooks).toBe(false);
    expect(imagine.capabilities('vydra')).toMatchObject({
      cancel: true,
      webhooks: false,
      inlineMedia: false,
    });
    expect(imagine.capabilities('pixazo').types['image-edit']?.fields.quality).toEqual({
      kind: 'enum',
      values: ['quality'],
    });
  });
});
