import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../testing/fake-clock.ts';
import { RateLimiter } from './rate-limiter.ts';

describe('RateLimiter', () => {
  it('lets `limit` requests through per interval, then waits for the window to slide', async () => {
    const clock = createFakeClock();
    const limiter = new RateLimiter([{ key: '*', limit: 2, intervalMs: 1000 }], clock);
    await limiter.acquire('video');
    clock.advance(100);
    await limiter.acquire('video');
    expect(clock.sleeps).toEqual([]);
    await limiter.acquire('image');
    // The first request leaves the window 1,000 ms after it was sent, 900 ms from now.
    expect(clock.sleeps).toEqual([900]);
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
    expect(clock.sleeps).toEqual([1000]);
  });

  it('still counts requests already sent when its rules are replaced', async () => {
    const clock = createFakeClock();
    const limiter = new RateLimiter([{ key: '*', limit: 10, intervalMs: 60_000 }], clock);
    for (let i = 0; i < 3; i++) await limiter.acquire('video');
    limiter.configure([{ key: '*', limit: 3, intervalMs: 60_000 }]);
    await limiter.acquire('video');
    // The three earlier requests fill the new limit: the fourth waits for the first to leave the window.
    expect(clock.sleeps).toEqual([60_000]);
  });

  it('pauses every request after a Retry-After and can be reconfigured', async () => {
    const clock = createFakeClock();
    const limiter = new RateLimiter([], clock);
    limiter.pauseFor(3000);
    limiter.pauseFor(1000);
    await limiter.acquire('x');
    expect(clock.sleeps).toEqual([3000]);
    limiter.configure([{ key: '*', limit: 1, intervalMs: 60_000 }]);
    expect(limiter.currentRules).toEqual([{ key: '*', limit: 1, intervalMs: 60_000 }]);
    await limiter.acquire('x');
    await limiter.acquire('x');
    // The request sent before configure() counts under the new rule, so both later ones wait.
    expect(clock.sleeps).toEqual([3000, 60_000, 60_000]);
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
