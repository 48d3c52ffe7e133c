import { describe, expect, it } from 'vitest';
import { ReadBudget } from './read-budget.ts';

// 40 reads a second: 0.04 reads per ms.
const budget = () => new ReadBudget(() => 0.04);

describe('ReadBudget', () => {
  it('gives every loop what it wants while the wishes fit', () => {
    const shared = budget();
    const near = shared.join(2000);
    const far = shared.join(2000);
    expect(near.intervalMs(100)).toBe(100);
    expect(far.intervalMs(3000)).toBe(3000);
  });

  it('shares evenly among loops wanting the same, as an even split would', () => {
    const shared = budget();
    const loops = Array.from({ length: 8 }, () => shared.join(100));
    // 8 loops at 10 reads/s each want 80/s of 40/s: each reads every 200 ms.
    expect(loops.map((loop) => Math.round(loop.intervalMs(100)))).toEqual(Array(8).fill(200));
  });

  it('holds only the eager loops to a common interval; patient ones keep theirs', () => {
    const shared = budget();
    const patient = Array.from({ length: 10 }, () => shared.join(2000));
    const eager = Array.from({ length: 5 }, () => shared.join(50));
    // The patient read 5/s; the 35/s left go to the 5 eager loops: one read each per 1000/7 ms.
    expect(eager[0]!.intervalMs(50)).toBeCloseTo(1000 / 7, 6);
    expect(patient[0]!.intervalMs(2000)).toBe(2000);
  });

  it('forgets a loop that left, and has no limit without a budget', () => {
    const shared = budget();
    const first = shared.join(50);
    const second = shared.join(50);
    expect(first.intervalMs(50)).toBe(50);
    second.leave();
    expect(first.intervalMs(25)).toBe(25);
    const unlimited = new ReadBudget(() => Number.POSITIVE_INFINITY);
    const loops = Array.from({ length: 100 }, () => unlimited.join(10));
    expect(loops[0]!.intervalMs(10)).toBe(10);
  });
});
