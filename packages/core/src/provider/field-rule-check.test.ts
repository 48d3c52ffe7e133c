import { describe, expect, it } from 'vitest';
import { describeFieldRule } from './field-rule-check.ts';

describe('describeFieldRule', () => {
  it('shows a range as min–max with its unit', () => {
    expect(describeFieldRule({ kind: 'range', min: 1, max: 15, unit: 's' })).toBe('1–15 s');
    expect(describeFieldRule({ kind: 'count', min: 1, max: 3 })).toBe('1–3 items');
  });

  it('says "only" for a range or count of one value, never 1–1', () => {
    expect(describeFieldRule({ kind: 'range', min: 1, max: 1 })).toBe('only 1');
    expect(describeFieldRule({ kind: 'range', min: 6, max: 6, unit: 's' })).toBe('only 6 s');
    expect(describeFieldRule({ kind: 'count', min: 1, max: 1 })).toBe('only 1 item');
    expect(describeFieldRule({ kind: 'count', min: 2, max: 2 })).toBe('only 2 items');
  });
});
