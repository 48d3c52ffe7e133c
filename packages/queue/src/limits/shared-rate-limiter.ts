import type { ProviderId, RateLimitRule } from '@grok-imagine/core';
import type { Redis } from 'ioredis';
import { redisCall } from '../redis/redis-call.ts';

/**
 * Reserves the next free moment under every matching rule, as a GCRA without burst: each rule keeps
 * the next free time (µs, Redis's own clock, so workers on several machines agree), and a request
 * spaced `interval / limit` after the last one never exceeds `limit` in any window. KEYS: one per
 * rule. ARGV: longest acceptable wait (µs), then each rule's spacing (µs). Answers {1, wait} when
 * reserved, {0, wait} when the wait would be longer (nothing reserved).
 */
const RESERVE_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local at = now
for i = 1, #KEYS do
  local free = tonumber(redis.call('GET', KEYS[i]) or '0')
  if free > at then at = free end
end
local wait = at - now
if wait > tonumber(ARGV[1]) then return {0, wait} end
for i = 1, #KEYS do
  local spacing = tonumber(ARGV[i + 1])
  redis.call('SET', KEYS[i], string.format('%.0f', at + spacing), 'PX', math.ceil((wait + spacing) / 1000) + 1000)
end
return {1, wait}
`;

/** What a reservation gave. */
export interface RateReservation {
  /** True: the request may go after `waitMs`. False: nothing reserved; try again in `waitMs`. */
  reserved: boolean;
  waitMs: number;
}

/**
 * A request-rate limiter shared by every worker through Redis, per provider account and rule. A
 * worker reserves a moment, waits until then and sends; when the moment is further away than it is
 * willing to hold a queue job, it puts the job back for later instead.
 */
export class SharedRateLimiter {
  constructor(
    private readonly client: Redis,
    private readonly prefix: string,
  ) {}

  /**
   * Reserves the next moment for a request of `family` (`image`, `video`, or `status` — which only
   * `*` rules count) on `provider` under `rules`, unless it is more than `maxWaitMs` away.
   */
  async reserve(
    provider: ProviderId,
    family: string,
    rules: readonly RateLimitRule[],
    maxWaitMs: number,
  ): Promise<RateReservation> {
    const matching = rules.filter((rule) => rule.key === '*' || rule.key === family);
    if (matching.length === 0) return { reserved: true, waitMs: 0 };
    const keys = matching.map(
      (rule) => `${this.prefix}:rate:${provider}:${rule.key}:${rule.limit}/${rule.intervalMs}`,
    );
    const spacings = matching.map((rule) => String(Math.ceil((rule.intervalMs * 1000) / rule.limit)));
    const [reserved, waitUs] = (await redisCall('reserve a request slot', () =>
      this.client.eval(RESERVE_SCRIPT, keys.length, ...keys, String(maxWaitMs * 1000), ...spacings),
    )) as [number, number];
    return { reserved: reserved === 1, waitMs: Math.max(0, Math.ceil(waitUs / 1000)) };
  }
}
