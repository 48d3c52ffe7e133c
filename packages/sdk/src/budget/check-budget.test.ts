import { BudgetExceededError, buildQuote, quoteLine, usdToTicks } from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import { checkBudget } from './check-budget.ts';

const entry = (usd?: string) => ({
  description: 'Video, per second',
  unit: 'second' as const,
  ...(usd ? { usdTicks: usdToTicks(usd) } : { credits: 10 }),
  source: 'test',
  asOf: '2026-01-01',
  confidence: usd ? ('documented' as const) : ('unknown' as const),
});
const priced = buildQuote('xai', 'text-to-video', [quoteLine('video-720p', entry('0.07'), 6)]);
const unpriced = buildQuote('vydra', 'text-to-video', [quoteLine('video-request', entry(), 1)]);

describe('checkBudget', () => {
  it('passes without limits and within them', () => {
    expect(() => checkBudget(undefined, priced, 0)).not.toThrow();
    expect(() =>
      checkBudget({ maxUsdPerCall: '0.42', maxUsdTotal: 1 }, priced, usdToTicks('0.58')),
    ).not.toThrow();
  });

  it('refuses per call and in total, saying which limit', () => {
    const perCall = () => checkBudget({ maxUsdPerCall: 0.41 }, priced, 0);
    expect(perCall).toThrow(BudgetExceededError);
    expect(perCall).toThrow('quoted at $0.42, over budget.maxUsdPerCall $0.41');
    try {
      checkBudget({ maxUsdTotal: '1' }, priced, usdToTicks('0.59'));
    } catch (error) {
      expect(error).toMatchObject({ limit: 'maxUsdTotal', quote: priced, provider: 'xai' });
    }
  });

  it('refuses an unpriced quote under a budget unless allowUnknown', () => {
    expect(() => checkBudget({ maxUsdTotal: 5 }, unpriced, 0)).toThrow(
      'Cannot prove this text-to-video on vydra fits the budget: its quote has no USD price (10 credits).',
    );
    expect(() => checkBudget({ maxUsdTotal: 5, allowUnknown: true }, unpriced, 0)).not.toThrow();
  });
});
