import { describe, expect, it } from 'vitest';
import {
  checkReportedCost,
  MAX_REPORTED_CREDITS_PER_CALL,
  MAX_REPORTED_USD_TICKS_PER_CALL,
} from './check-reported-cost.ts';
import { usdToTicks } from './money.ts';
import type { PriceEntry } from './price-catalog.ts';
import { buildQuote, quoteLine } from './quote.ts';

const image: PriceEntry = {
  description: 'Image',
  unit: 'image',
  usdTicks: usdToTicks('0.02'),
  credits: 4,
  source: 'test',
  asOf: '2026-01-01',
  confidence: 'documented',
};
// One image: 2e8 ticks, 4 credits.
const quote = buildQuote('vydra', 'text-to-image', [quoteLine('image', image, 1)]);

describe('checkReportedCost', () => {
  it('trusts figures from 0 up to 10× the quote, rounding ticks to whole ones', () => {
    expect(checkReportedCost({ usdTicks: 0 }, quote)).toEqual({ trusted: true, cost: { usdTicks: 0 } });
    expect(checkReportedCost({ usdTicks: 2_000_000_000, credits: 40 }, quote)).toEqual({
      trusted: true,
      cost: { usdTicks: 2_000_000_000, credits: 40 },
    });
    expect(checkReportedCost({ usdTicks: 1.6 }, quote)).toEqual({ trusted: true, cost: { usdTicks: 2 } });
  });

  it('rejects negative and non-finite figures, naming them', () => {
    expect(checkReportedCost({ usdTicks: -1 }, quote)).toEqual({
      trusted: false,
      reason: 'usdTicks -1 is negative',
      reported: { usdTicks: -1 },
    });
    expect(checkReportedCost({ credits: Number.NEGATIVE_INFINITY }, quote)).toMatchObject({
      trusted: false,
      reason: 'credits -Infinity is not a finite number',
    });
    expect(checkReportedCost({ usdTicks: Number.NaN }, quote)).toMatchObject({
      reason: 'usdTicks NaN is not a finite number',
    });
  });

  it('rejects more than 10× the quote, per unit, and both reasons when both fail', () => {
    expect(checkReportedCost({ usdTicks: 2_000_000_001 }, quote)).toMatchObject({
      trusted: false,
      reason: 'usdTicks 2000000001 is over 10× the quote (200000000)',
    });
    expect(checkReportedCost({ usdTicks: -5, credits: 41 }, quote)).toMatchObject({
      reason: 'usdTicks -5 is negative; credits 41 is over 10× the quote (4)',
    });
  });

  it('without a quote (or a zero one) only the absolute per-call caps bound a figure', () => {
    expect(checkReportedCost({ usdTicks: MAX_REPORTED_USD_TICKS_PER_CALL }, undefined).trusted).toBe(true);
    expect(checkReportedCost({ usdTicks: MAX_REPORTED_USD_TICKS_PER_CALL + 1 }, undefined)).toMatchObject({
      trusted: false,
      reason: `usdTicks ${MAX_REPORTED_USD_TICKS_PER_CALL + 1} is over the per-call cap of ${MAX_REPORTED_USD_TICKS_PER_CALL}`,
    });
    expect(checkReportedCost({ credits: MAX_REPORTED_CREDITS_PER_CALL + 1 }, undefined).trusted).toBe(false);
    const free = buildQuote('vydra', 'text-to-image', [
      quoteLine('image', { ...image, usdTicks: 0, credits: 0 }, 1),
    ]);
    expect(checkReportedCost({ usdTicks: 5_000, credits: 3 }, free).trusted).toBe(true);
  });

  it('1e999 (Infinity once parsed) and 1e308 ticks are both rejected', () => {
    expect(checkReportedCost({ usdTicks: JSON.parse('1e999') as number }, quote).trusted).toBe(false);
    expect(checkReportedCost({ usdTicks: 1e308 }, undefined).trusted).toBe(false);
  });
});
