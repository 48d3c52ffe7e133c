import type { Quote } from '@grok-imagine/sdk/node';
import { describe, expect, it } from 'vitest';
import { formatCost, formatQuote } from './format-money.ts';

describe('money formatting', () => {
  it('shows USD, credits, both, or unknown', () => {
    const base: Quote = {
      provider: 'xai',
      type: 'text-to-video',
      lines: [],
      confidence: 'inferred',
      notes: [],
    };
    expect(formatQuote({ ...base, usdTicks: 4_200_000_000 })).toBe('$0.42');
    expect(formatQuote({ ...base, credits: 12 })).toBe('12 credits');
    expect(formatQuote({ ...base, credits: 1, usdTicks: 100_000_000 })).toBe('1 credit (~$0.01)');
    expect(formatQuote(undefined)).toBe('unknown');
    expect(formatCost({ usdTicks: 200_000_000, basis: 'reported' })).toBe('$0.02 (reported)');
    expect(formatCost({ basis: 'catalog' })).toBe('unknown');
  });
});
