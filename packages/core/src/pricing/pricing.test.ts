import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { costFromQuote } from './cost-from-quote.ts';
import { mergeCatalog } from './merge-catalog.ts';
import { formatUsd, multiplyTicks, TICKS_PER_USD, ticksToUsd, usdToTicks } from './money.ts';
import type { PriceCatalog, PriceEntry } from './price-catalog.ts';
import { buildQuote, quoteLine } from './quote.ts';

const perSecond: PriceEntry = {
  description: 'Video, 720p, per second',
  unit: 'second',
  usdTicks: usdToTicks('0.07'),
  source: 'https://docs.example/pricing',
  asOf: '2026-01-15',
  confidence: 'inferred',
};
const catalog: PriceCatalog = {
  'video-720p': perSecond,
  image: {
    ...perSecond,
    description: 'Image',
    unit: 'image',
    usdTicks: usdToTicks('0.02'),
    confidence: 'documented',
  },
};

describe('money', () => {
  it('0.07 × 6 seconds is exactly 0.42 (no float drift)', () => {
    expect(0.07 * 6).not.toBe(0.42);
    const line = quoteLine('video-720p', perSecond, 6);
    expect(line.usdTicks).toBe(4_200_000_000);
    const quote = buildQuote('xai', 'text-to-video', [line]);
    expect(quote.usd).toBe(0.42);
    expect(formatUsd(quote.usdTicks!)).toBe('$0.42');
  });

  it('sums many lines exactly', () => {
    const lines = Array.from({ length: 10 }, () => quoteLine('image', catalog.image!, 1));
    const quote = buildQuote('xai', 'text-to-image', [...lines, quoteLine('video-720p', perSecond, 3)]);
    expect(quote.usdTicks).toBe(usdToTicks('0.41'));
    expect(quote.usd).toBe(0.41);
  });

  it('usdToTicks reads decimals exactly and refuses junk', () => {
    expect(usdToTicks('0.07')).toBe(700_000_000);
    expect(usdToTicks('1')).toBe(TICKS_PER_USD);
    expect(usdToTicks('0.0000000001')).toBe(1);
    expect(usdToTicks(0.05)).toBe(500_000_000);
    expect(() => usdToTicks('$1')).toThrow(ValidationError);
    expect(() => usdToTicks(-1)).toThrow(/finite, non-negative/);
    expect(() => usdToTicks(Number.NaN)).toThrow(ValidationError);
  });

  it('formatUsd shows two places, more only when needed', () => {
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(usdToTicks('1.5'))).toBe('$1.50');
    expect(formatUsd(usdToTicks('0.025'))).toBe('$0.025');
    expect(formatUsd(usdToTicks('0.0000001'))).toBe('$0.000000');
    expect(ticksToUsd(usdToTicks('0.14'))).toBe(0.14);
    expect(multiplyTicks(3, 0.5)).toBe(2);
  });
});

describe('quotes', () => {
  it('takes the weakest confidence and marks unknown prices', () => {
    const unknown: PriceEntry = { ...perSecond, confidence: 'unknown' };
    const quote = buildQuote(
      'pixazo',
      'text-to-video',
      [quoteLine('image', catalog.image!, 1), quoteLine('u', unknown, 2)],
      ['note'],
    );
    expect(quote.confidence).toBe('unknown');
    expect(quote.usdTicks).toBeUndefined();
    expect(quote.usd).toBeUndefined();
    expect(quote.notes).toEqual(['note']);
    expect(buildQuote('xai', 'text-to-image', []).confidence).toBe('unknown');
  });

  it('sums credits', () => {
    const credits: PriceEntry = { ...perSecond, usdTicks: undefined, credits: 5, confidence: 'documented' };
    const quote = buildQuote('vydra', 'text-to-video', [quoteLine('c', credits, 6)]);
    expect(quote.credits).toBe(30);
    expect(quote.usdTicks).toBeUndefined();
  });

  it('costFromQuote gives a catalog cost, or nothing when the quote knows no amount', () => {
    const quote = buildQuote('xai', 'text-to-video', [quoteLine('video-720p', perSecond, 6)]);
    expect(costFromQuote(quote)).toEqual({ basis: 'catalog', usdTicks: 4_200_000_000, usd: 0.42 });
    const credits = buildQuote('vydra', 'text-to-video', [
      quoteLine('c', { ...perSecond, usdTicks: undefined, credits: 2 }, 3),
    ]);
    expect(costFromQuote(credits)).toEqual({ basis: 'catalog', credits: 6 });
    expect(costFromQuote(buildQuote('xai', 'text-to-image', []))).toBeUndefined();
  });
});

describe('mergeCatalog', () => {
  it('lays overrides over entries as documented config prices', () => {
    const merged = mergeCatalog(catalog, { 'video-720p': { usd: '0.05' } }, '2026-02-01');
    expect(merged['video-720p']).toMatchObject({
      usdTicks: 500_000_000,
      source: 'config',
      asOf: '2026-02-01',
      confidence: 'documented',
      description: perSecond.description,
    });
    expect(merged.image).toBe(catalog.image);
    expect(mergeCatalog(catalog, undefined, '2026-02-01')).toBe(catalog);
    const withSource = mergeCatalog(
      catalog,
      { image: { credits: 3, source: 'invoice', asOf: '2026-01-20' } },
      'x',
    );
    expect(withSource.image).toMatchObject({ credits: 3, source: 'invoice', asOf: '2026-01-20' });
  });

  it('an unknown entry id is a ValidationError listing the known ids', () => {
    expect(() => mergeCatalog(catalog, { 'video-4k': { usd: 1 } }, '2026-02-01')).toThrow(
      'Price override "video-4k" matches no catalog entry; known: video-720p, image.',
    );
  });
});
