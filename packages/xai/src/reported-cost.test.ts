import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { XaiVideoStatusResponseSchema } from './api.ts';
import { xaiReportedCost } from './reported-cost.ts';

const usageOf = (ticks: unknown) => {
  const parsed = v.parse(XaiVideoStatusResponseSchema, {
    status: 'done',
    usage: { cost_in_usd_ticks: ticks },
  });
  return parsed?.usage;
};

describe('xaiReportedCost', () => {
  it.each([
    [500_000_000, { usdTicks: 500_000_000 }],
    ['500000000', { usdTicks: 500_000_000 }],
    [-1e6, { usdTicks: -1e6 }],
    [1e308, { usdTicks: 1e308 }],
    [Number.POSITIVE_INFINITY, { usdTicks: Number.POSITIVE_INFINITY }],
  ])('%s is passed on as reported, for core to check', (ticks, cost) => {
    expect(xaiReportedCost(usageOf(ticks))).toEqual(cost);
  });

  it.each([['a lot'], ['1e308'], [{ usd: 1 }], [[1]], [true], [null]])(
    '%j reads as no reported cost, and the answer stays readable',
    (ticks) => {
      expect(xaiReportedCost(usageOf(ticks))).toBeUndefined();
    },
  );
});
