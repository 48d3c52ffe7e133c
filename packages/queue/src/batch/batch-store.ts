import { ticksToUsd } from '@grok-imagine/core';
import type { Redis } from 'ioredis';
import { redisCall } from '../redis/redis-call.ts';
import { batchKeys, itemRegistryKey } from './batch-keys.ts';
import { REGISTER_SCRIPT, TRANSITION_SCRIPT } from './batch-scripts.ts';
import type { BatchItemOutcome, BatchItemState, BatchProgress } from './batch-types.ts';

/** One outcome read from a batch's results stream, with its position for the next read. */
export interface StreamedOutcome {
  id: string;
  outcome: BatchItemOutcome;
}

// How long a worker trusts what it read of a batch's cancel flag.
const CANCEL_CHECK_MS = 1_000;

const COUNTERS = ['total', 'queued', 'submitted', 'done', 'failed', 'expired', 'uncertain'] as const;

/**
 * A batch's state in Redis: the item registry, per-item states and counters changed by atomic scripts
 * (so every worker and reader agrees on `progress`), outcomes, and a stream of outcomes in the order
 * items ended.
 */
export class BatchStore {
  readonly #cancelled = new Map<string, { value: boolean; at: number }>();

  constructor(
    private readonly client: Redis,
    private readonly prefix: string,
  ) {}

  /** Registers item keys in a batch: per key 1 new, 2 still queued in this batch (add its job again), 0 skip. */
  async register(batchId: string, keys: readonly string[]): Promise<number[]> {
    const k = batchKeys(this.prefix, batchId);
    return (await redisCall('register batch items', () =>
      this.client.eval(
        REGISTER_SCRIPT,
        4,
        itemRegistryKey(this.prefix),
        k.meta,
        k.state,
        k.order,
        batchId,
        ...keys,
      ),
    )) as number[];
  }

  /**
   * Moves an item to `state` (see TRANSITION_SCRIPT for what may move); `ticks` is what it counts
   * towards spend from now on; an outcome goes to the results stream. True when it moved.
   */
  async transition(
    batchId: string,
    key: string,
    state: BatchItemState,
    change: { ticks?: number | undefined; outcome?: BatchItemOutcome | undefined } = {},
  ): Promise<boolean> {
    const k = batchKeys(this.prefix, batchId);
    const ticks = change.ticks === undefined ? '' : String(Math.round(change.ticks));
    const outcome = change.outcome === undefined ? '' : JSON.stringify(change.outcome);
    const moved = await redisCall('record an item state', () =>
      this.client.eval(
        TRANSITION_SCRIPT,
        5,
        k.meta,
        k.state,
        k.outcome,
        k.ticks,
        k.results,
        key,
        state,
        ticks,
        outcome,
      ),
    );
    return moved === 1;
  }

  /** The state of one item (undefined: not in this batch). */
  async stateOf(batchId: string, key: string): Promise<BatchItemState | undefined> {
    const state = await redisCall('read an item state', () =>
      this.client.hget(batchKeys(this.prefix, batchId).state, key),
    );
    return (state ?? undefined) as BatchItemState | undefined;
  }

  /** Counts by state and spend; undefined when no such batch exists. */
  async progress(batchId: string): Promise<BatchProgress | undefined> {
    const meta = await redisCall('read batch progress', () =>
      this.client.hgetall(batchKeys(this.prefix, batchId).meta),
    );
    if (meta.total === undefined) return undefined;
    const progress = { spentUsd: ticksToUsd(Number(meta.spentTicks ?? 0)) } as BatchProgress;
    for (const counter of COUNTERS) progress[counter] = Number(meta[counter] ?? 0);
    return progress;
  }

  /** Marks a batch cancelled: workers stop its unsubmitted items and cancel running jobs where they can. */
  async markCancelled(batchId: string): Promise<void> {
    await redisCall('cancel a batch', () =>
      this.client.hset(batchKeys(this.prefix, batchId).meta, 'cancelled', '1'),
    );
  }

  /**
   * Whether `cancel` was called for the batch. Read from Redis at most once a second per batch: a
   * cancel reaches the workers within a second, and the hot path saves a read per item.
   */
  async isCancelled(batchId: string): Promise<boolean> {
    const known = this.#cancelled.get(batchId);
    if (known && Date.now() - known.at < CANCEL_CHECK_MS) return known.value;
    const flag = await redisCall('read a batch', () =>
      this.client.hget(batchKeys(this.prefix, batchId).meta, 'cancelled'),
    );
    if (this.#cancelled.size > 1_000) this.#cancelled.clear();
    this.#cancelled.set(batchId, { value: flag === '1', at: Date.now() });
    return flag === '1';
  }

  /** The keys of the batch's items in a state, in enqueue order. */
  async keysIn(batchId: string, state: BatchItemState): Promise<string[]> {
    const k = batchKeys(this.prefix, batchId);
    const states = await redisCall('read batch items', () => this.client.hgetall(k.state));
    const order = await redisCall('read batch items', () => this.client.lrange(k.order, 0, -1));
    return order.filter((key) => states[key] === state);
  }

  /**
   * Outcomes after stream position `after` ('0' for all), waiting up to `blockMs` for the first
   * (0: do not wait). Uses `reader`, a connection of its own, because a blocking read holds it.
   */
  async readOutcomes(
    reader: Redis,
    batchId: string,
    after: string,
    blockMs: number,
  ): Promise<StreamedOutcome[]> {
    const key = batchKeys(this.prefix, batchId).results;
    const reply = await redisCall('read batch results', () =>
      blockMs > 0
        ? reader.xread('COUNT', 500, 'BLOCK', blockMs, 'STREAMS', key, after)
        : reader.xread('COUNT', 500, 'STREAMS', key, after),
    );
    const entries = reply?.[0]?.[1] ?? [];
    return entries.map(([id, fields]) => ({
      id,
      outcome: JSON.parse(fields[1] as string) as BatchItemOutcome,
    }));
  }
}
