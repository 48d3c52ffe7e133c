import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../../test/helpers/redis-server.ts';
import { JobCap } from './job-cap.ts';
import { SharedRateLimiter } from './shared-rate-limiter.ts';

let redis: TestRedis;
let client: Redis;

beforeAll(async () => {
  redis = await startRedis();
  client = new Redis(redis.url);
});

afterAll(async () => {
  client?.disconnect();
  await redis?.close();
});

// Reservations are spaced on Redis's clock; the waits below are what Redis answers, never slept.
describe('SharedRateLimiter', () => {
  it('spaces requests interval / limit apart across callers, and counts * for every family', async () => {
    const one = new SharedRateLimiter(client, 'r1');
    const two = new SharedRateLimiter(client, 'r1');
    const rules = [
      { key: 'image', limit: 5, intervalMs: 1_000 },
      { key: '*', limit: 10, intervalMs: 1_000 },
    ];
    const waits: number[] = [];
    for (let i = 0; i < 4; i++)
      waits.push((await (i % 2 ? two : one).reserve('xai', 'image', rules, 10_000)).waitMs);
    // 5 per second: each image 200 ms after the one before (the first at once).
    expect(waits[0]).toBe(0);
    for (let i = 1; i < 4; i++) expect(waits[i]! - waits[i - 1]!).toBeGreaterThanOrEqual(190);
    for (let i = 1; i < 4; i++) expect(waits[i]! - waits[i - 1]!).toBeLessThanOrEqual(210);
    // A status read counts only under *, whose next moment is 100 ms after the last image.
    const status = await one.reserve('xai', 'status', rules, 10_000);
    expect(status.waitMs).toBeGreaterThanOrEqual(waits[3]! - 120);
    expect(status.waitMs).toBeLessThanOrEqual(waits[3]! + 110);
  });

  it('reserves nothing when the moment is further away than the caller will hold', async () => {
    const limiter = new SharedRateLimiter(client, 'r2');
    const rules = [{ key: 'video', limit: 1, intervalMs: 1_000 }];
    expect((await limiter.reserve('xai', 'video', rules, 0)).reserved).toBe(true);
    const refused = await limiter.reserve('xai', 'video', rules, 500);
    expect(refused.reserved).toBe(false);
    expect(refused.waitMs).toBeGreaterThan(900);
    // Refusing reserved nothing: the next caller willing to wait gets the same moment.
    const next = await limiter.reserve('xai', 'video', rules, 5_000);
    expect(next).toMatchObject({ reserved: true });
    expect(next.waitMs).toBeLessThanOrEqual(refused.waitMs);
    expect(await limiter.reserve('pixazo', 'video', [], 0)).toEqual({ reserved: true, waitMs: 0 });
  });
});

describe('JobCap', () => {
  it('holds at most cap items, counts an item once, and frees on release', async () => {
    const cap = new JobCap(client, 'c1');
    expect(await cap.take('xai', 'a', 2)).toBe(true);
    expect(await cap.take('xai', 'a', 2)).toBe(true);
    expect(await cap.take('xai', 'b', 2)).toBe(true);
    expect(await cap.take('xai', 'c', 2)).toBe(false);
    expect(await cap.held('xai')).toBe(2);
    await cap.release('xai', 'a');
    await cap.release('xai', 'a');
    expect(await cap.take('xai', 'c', 2)).toBe(true);
    expect(await cap.held('vydra')).toBe(0);
  });
});
