import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../testing/fake-clock.ts';
import { parseRateLimitHeaders } from './rate-limit-headers.ts';
import { guardMs, RateLimiter } from './rate-limiter.ts';

const START = Date.parse('2026-01-01T00:00:00Z');

describe('RateLimiter', () => {
  it('lets `limit` requests through per interval plus a guard, then waits for the window to slide', async () => {
    const clock = createFakeClock();
    const limiter = new RateLimiter([{ key: '*', limit: 2, intervalMs: 1000 }], clock);
    await limiter.acquire('video');
    clock.advance(100);
    await limiter.acquire('video');
    expect(clock.sleeps).toEqual([]);
    await limiter.acquire('image');
    // The first request leaves the 1,005 ms window (1 s + 5 ms guard) 905 ms from now.
    expect(clock.sleeps).toEqual([905]);
  });

  it('guards each window by 0.5 % of it, at least 5 ms, and still lets ≥ 95 % of the bound through', async () => {
    expect(guardMs({ key: '*', limit: 50, intervalMs: 1000 })).toBe(5);
    expect(guardMs({ key: '*', limit: 5, intervalMs: 200 })).toBe(5);
    expect(guardMs({ key: '*', limit: 60, intervalMs: 60_000 })).toBe(300);
    const clock = createFakeClock();
    const limiter = new RateLimiter([{ key: '*', limit: 50, intervalMs: 1000 }], clock);
    const sent: number[] = [];
    for (let i = 0; i < 500; i++) {
      (await limiter.acquire('image')).sent();
      sent.push(clock.now());
    }
    const seconds = (clock.now() - START) / 1000;
    // 500 requests at 50/s: 50 at once, then 50 per 1,005 ms — 99.5 % of what the bound allows
    // (450 more after the first burst in 9 s) — and no 1,005 ms window holds more than 50.
    expect(seconds).toBeCloseTo(9 * 1.005, 9);
    expect(9 / seconds).toBeGreaterThanOrEqual(0.95);
    for (let i = 50; i < sent.length; i++) expect(sent[i]! - sent[i - 50]!).toBeGreaterThanOrEqual(1005);
    expect(limiter.spacingMs('image')).toBe(1005 / 50);
  });

  it('counts a request from when it was sent, not when it was let through', async () => {
    const clock = createFakeClock();
    const limiter = new RateLimiter([{ key: '*', limit: 1, intervalMs: 1000 }], clock);
    const permit = await limiter.acquire('x');
    clock.advance(300); // e.g. building the request took this long
    permit.sent();
    await limiter.acquire('x');
    expect(clock.sleeps).toEqual([1005]);
  });

  /** The wait before a second request, when one request per `intervalMs` is allowed and the first was answered `answerMs` after it was sent. */
  async function waitAfterAnswer(intervalMs: number, answerMs: number): Promise<number | undefined> {
    const clock = createFakeClock();
    const limiter = new RateLimiter([{ key: '*', limit: 1, intervalMs }], clock);
    const first = await limiter.acquire('x');
    first.sent();
    clock.advance(answerMs);
    first.answered();
    await limiter.acquire('x');
    return clock.sleeps.at(-1);
  }

  it('counts a request from its answer when that came soon, from an allowance later when not', async () => {
    const clock = createFakeClock();
    const limiter = new RateLimiter([{ key: '*', limit: 1, intervalMs: 1000 }], clock);
    const quick = await limiter.acquire('x');
    quick.sent();
    clock.advance(200); // a cold connection under load: the provider may have counted it only now
    quick.answered();
    await limiter.acquire('x');
    expect(clock.sleeps).toEqual([1005]);
    const other = new RateLimiter([{ key: '*', limit: 1, intervalMs: 1000 }], clock);
    const slow = await other.acquire('x');
    slow.sent();
    clock.advance(500); // a slow answer (an image generated while the request waited)
    slow.answered();
    await other.acquire('x');
    // Counted from 250 ms after sending (the least allowance): 1,255 ms after sending, 755 from now.
    expect(clock.sleeps).toEqual([1005, 755]);
    // A minute's window allows a tenth of it (6 s); a 200 ms window half of it (100 ms).
    expect(await waitAfterAnswer(60_000, 8000)).toBe(60_000 + 300 + 6000 - 8000);
    expect(await waitAfterAnswer(200, 150)).toBe(200 + 5 + 100 - 150);
  });

  it('applies a family rule only to its key, and `*` to all', async () => {
    const clock = createFakeClock();
    const limiter = new RateLimiter(
      [
        { key: 'video', limit: 1, intervalMs: 1000 },
        { key: 'image', limit: 5, intervalMs: 1000 },
      ],
      clock,
    );
    await limiter.acquire('video');
    for (let i = 0; i < 5; i++) await limiter.acquire('image');
    expect(clock.sleeps).toEqual([]);
    await limiter.acquire('video');
    expect(clock.sleeps).toEqual([1005]);
    expect(limiter.spacingMs('video')).toBe(1005);
    expect(limiter.spacingMs('other')).toBe(0);
  });

  it('still counts requests already sent when its rules are replaced', async () => {
    const clock = createFakeClock();
    const limiter = new RateLimiter([{ key: '*', limit: 10, intervalMs: 60_000 }], clock);
    for (let i = 0; i < 3; i++) await limiter.acquire('video');
    limiter.configure([{ key: '*', limit: 3, intervalMs: 60_000 }]);
    expect(limiter.currentRules).toEqual([{ key: '*', limit: 3, intervalMs: 60_000 }]);
    await limiter.acquire('video');
    // The three earlier requests fill the new limit: the fourth waits for the first to leave the window.
    expect(clock.sleeps).toEqual([60_300]);
  });

  it('a Retry-After pauses only the limit key that was refused', async () => {
    const clock = createFakeClock();
    const limiter = new RateLimiter([], clock);
    limiter.pause('video', 3000);
    limiter.pause('video', 1000);
    await limiter.acquire('image');
    await limiter.acquire('*');
    expect(clock.sleeps).toEqual([]);
    await limiter.acquire('video');
    expect(clock.sleeps).toEqual([3000]);
    limiter.pauseFor(500);
    await limiter.acquire('image');
    expect(clock.sleeps).toEqual([3000, 500]);
  });

  it('holds every request once the provider’s headers say the budget is spent, until its reset', async () => {
    const clock = createFakeClock();
    const limiter = new RateLimiter([{ key: '*', limit: 60, intervalMs: 60_000 }], clock);
    const sentAt = clock.now();
    (await limiter.acquire('video')).sent();
    clock.advance(10);
    (await limiter.acquire('image')).sent();
    // The answer to the first request said 2 left until 10 s from its send; the second was sent after it.
    limiter.observe({ remaining: 2, resetAt: START + 10_000 }, sentAt);
    await limiter.acquire('image');
    expect(clock.sleeps).toEqual([]);
    await limiter.acquire('image');
    expect(clock.sleeps).toEqual([9_990]);
    // After the reset the budget is the rules' again.
    await limiter.acquire('video');
    expect(clock.sleeps).toEqual([9_990]);
  });

  it('never lets a late answer raise the budget, nor a far reset hold requests over a minute', async () => {
    const clock = createFakeClock();
    const limiter = new RateLimiter([], clock);
    limiter.observe({ remaining: 0, resetAt: START + 5_000 }, START);
    limiter.observe({ remaining: 9, resetAt: START + 5_000 }, START - 10);
    await limiter.acquire('x');
    expect(clock.sleeps).toEqual([5_000]);
    limiter.observe({ remaining: 0, resetAt: clock.now() + 3_600_000 }, clock.now());
    await limiter.acquire('x');
    expect(clock.sleeps).toEqual([5_000, 60_000]);
  });

  it('reads X-RateLimit-Remaining and -Reset as epoch seconds, epoch ms or seconds from now', () => {
    const now = START;
    const headers = (remaining: string, reset: string) =>
      new Headers({ 'X-RateLimit-Remaining': remaining, 'X-RateLimit-Reset': reset });
    expect(parseRateLimitHeaders(headers('7', String(START / 1000 + 30)), now)).toEqual({
      remaining: 7,
      resetAt: START + 30_000,
    });
    expect(parseRateLimitHeaders(headers('0', String(START + 500)), now)).toEqual({
      remaining: 0,
      resetAt: START + 500,
    });
    expect(parseRateLimitHeaders(headers('3', '12'), now)).toEqual({ remaining: 3, resetAt: START + 12_000 });
    expect(parseRateLimitHeaders(new Headers({ 'X-RateLimit-Remaining': '3' }), now)).toBeUndefined();
    expect(parseRateLimitHeaders(headers('lots', '12'), now)).toBeUndefined();
  });

  it('an aborted wait rejects with AbortedError', async () => {
    const clock = createFakeClock();
    const limiter = new RateLimiter([{ key: '*', limit: 1, intervalMs: 1000 }], clock);
    await limiter.acquire('x');
    const controller = new AbortController();
    controller.abort();
    await expect(limiter.acquire('x', controller.signal)).rejects.toMatchObject({ name: 'AbortedError' });
  });
});
