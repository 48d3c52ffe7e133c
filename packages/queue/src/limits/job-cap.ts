import type { ProviderId } from '@grok-imagine/core';
import type { Redis } from 'ioredis';
import { redisCall } from '../redis/redis-call.ts';

/** Takes a slot for a member unless all are held; taking it twice is one slot. KEYS: holders. ARGV: member, cap, score. */
const TAKE_SCRIPT = `
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 1 end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
return 1
`;

/**
 * An account's concurrent-job cap shared by every worker: a Redis sorted set of the items holding a
 * slot (so taking or releasing twice, after a crash and a retry, counts once). A slot is taken before
 * the create request and released when the job ends (or the submission fails).
 */
export class JobCap {
  constructor(
    private readonly client: Redis,
    private readonly prefix: string,
  ) {}

  #key(provider: ProviderId): string {
    return `${this.prefix}:jobs:${provider}`;
  }

  /** Takes a slot for `item`; false when `cap` items already hold one. */
  async take(provider: ProviderId, item: string, cap: number): Promise<boolean> {
    const taken = await redisCall('take a job slot', () =>
      this.client.eval(TAKE_SCRIPT, 1, this.#key(provider), item, String(cap), String(Date.now())),
    );
    return taken === 1;
  }

  /** Gives `item`'s slot back (nothing when it held none). */
  async release(provider: ProviderId, item: string): Promise<void> {
    await redisCall('release a job slot', () => this.client.zrem(this.#key(provider), item));
  }

  /** Items holding a slot now. */
  async held(provider: ProviderId): Promise<number> {
    return redisCall('count job slots', () => this.client.zcard(this.#key(provider)));
  }
}
