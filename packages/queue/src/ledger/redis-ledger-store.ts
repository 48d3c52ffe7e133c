import { GrokImagineError, type LedgerEvent, type LedgerStore } from '@grok-imagine/core';
import { Redis } from 'ioredis';
import { redisCall } from '../redis/redis-call.ts';
import { closeRedisClient, createRedisClient, type RedisConnection } from '../redis/redis-connection.ts';
import { type RedisLedgerKeys, redisLedgerKeys } from './redis-ledger-keys.ts';
import { APPEND_SCRIPT, EVENTS_OF_KEY_SCRIPT } from './redis-ledger-scripts.ts';

/** Default key prefix of everything this package keeps in Redis. */
export const DEFAULT_REDIS_PREFIX = 'grok-imagine';

/** Options of `RedisLedgerStore`. */
export interface RedisLedgerStoreOptions {
  /** Redis URL, ioredis options, or an ioredis client to share (then `close` leaves it open). */
  connection: RedisConnection | Redis;
  /** Key prefix (default `grok-imagine`); processes sharing a ledger use the same one. */
  prefix?: string;
  /**
   * What `load` reads: `all` (default) every submission ever written — for tools that list or resume
   * the whole ledger; `none` nothing — for workers, which look entries up by key (`eventsOfKey`) and
   * should not read a history that grows with every batch.
   */
  history?: 'all' | 'none';
  /**
   * After each durable append, wait until this many replicas acknowledged it (Redis `WAIT`), for
   * deployments that must survive losing the primary. Left out: Redis's acknowledgement is enough.
   */
  replicas?: { count: number; timeoutMs: number };
}

// Submissions read per round trip by `load`.
const LOAD_CHUNK = 500;

function submissionOf(event: LedgerEvent): { id: string; key: string; snapshotState: string } {
  switch (event.event) {
    case 'snapshot':
      return { id: event.entry.submissionId, key: event.entry.key ?? '', snapshotState: event.entry.state };
    case 'intent':
      return { id: event.intent.submissionId, key: event.intent.key ?? '', snapshotState: '' };
    default:
      return { id: event.submissionId, key: '', snapshotState: '' };
  }
}

/**
 * The paid-job ledger in Redis, shared by every process that uses the same prefix: worker processes
 * on any number of machines see each other's submissions. Each submission's events are a Redis list;
 * a hash maps idempotency keys to submissions, so `eventsOfKey` is one round trip. An append is one
 * script, so it is atomic, and it resolves only once Redis acknowledged it (add `replicas` to wait for
 * replicas too; see docs/queue.md for Redis's own persistence). An intent whose idempotency key a live
 * submission already holds is refused before anything is sent (`idempotency_key_taken`).
 */
export class RedisLedgerStore implements LedgerStore {
  readonly #client: Redis;
  readonly #owned: boolean;
  readonly #keys: RedisLedgerKeys;
  readonly #history: 'all' | 'none';
  readonly #replicas: RedisLedgerStoreOptions['replicas'];

  constructor(options: RedisLedgerStoreOptions) {
    this.#owned = !(options.connection instanceof Redis);
    this.#client =
      options.connection instanceof Redis ? options.connection : createRedisClient(options.connection);
    this.#keys = redisLedgerKeys(options.prefix ?? DEFAULT_REDIS_PREFIX);
    this.#history = options.history ?? 'all';
    this.#replicas = options.replicas;
  }

  /** Every event of every submission (with `history: 'none'`, none), each submission's in order. */
  async load(): Promise<LedgerEvent[]> {
    if (this.#history === 'none') return [];
    return redisCall('read the ledger', async () => {
      const ids = await this.#client.lrange(this.#keys.order, 0, -1);
      const events: LedgerEvent[] = [];
      for (let start = 0; start < ids.length; start += LOAD_CHUNK) {
        const pipeline = this.#client.pipeline();
        for (const id of ids.slice(start, start + LOAD_CHUNK)) pipeline.lrange(this.#keys.events + id, 0, -1);
        for (const [error, lines] of (await pipeline.exec()) ?? []) {
          if (error) throw error;
          for (const line of lines as string[]) events.push(JSON.parse(line) as LedgerEvent);
        }
      }
      return events;
    });
  }

  #appendArgs(events: readonly LedgerEvent[]): string[] {
    const args: string[] = [this.#keys.events];
    for (const event of events) {
      const { id, key, snapshotState } = submissionOf(event);
      args.push(id, event.event, key, snapshotState, JSON.stringify(event));
    }
    return args;
  }

  /** Appends events in one atomic script; resolves once Redis (and `replicas`, when set) acknowledged them. */
  async append(events: readonly LedgerEvent[], options: { durable: boolean }): Promise<void> {
    if (events.length === 0) return;
    const { order, byKey, state } = this.#keys;
    const answer = (await redisCall('append to the ledger', () =>
      this.#client.eval(APPEND_SCRIPT, 3, order, byKey, state, ...this.#appendArgs(events)),
    )) as string[];
    if (answer[0] === 'key_taken') {
      throw new GrokImagineError(
        `Idempotency key "${answer[1]}" already belongs to submission ${answer[2]}; nothing was sent.`,
        { code: 'idempotency_key_taken', accepted: 'no', retryable: true },
      );
    }
    if (options.durable && this.#replicas) await this.#waitForReplicas(this.#replicas);
  }

  async #waitForReplicas({ count, timeoutMs }: { count: number; timeoutMs: number }): Promise<void> {
    const acknowledged = await redisCall('wait for replicas', () => this.#client.wait(count, timeoutMs));
    if (acknowledged < count) {
      throw new GrokImagineError(
        `Only ${acknowledged} of ${count} Redis replicas acknowledged a ledger write within ${timeoutMs} ms.`,
        { code: 'redis_replicas_missing', retryable: true },
      );
    }
  }

  /** The events of the submission that holds this idempotency key, written by any process. */
  async eventsOfKey(key: string): Promise<LedgerEvent[]> {
    const lines = (await redisCall('look up an idempotency key', () =>
      this.#client.eval(EVENTS_OF_KEY_SCRIPT, 1, this.#keys.byKey, this.#keys.events, key),
    )) as string[];
    return lines.map((line) => JSON.parse(line) as LedgerEvent);
  }

  /**
   * Replaces the whole ledger with these events (compaction) in one transaction, so a crash leaves
   * either the old history or the new one. Run it while no other process writes.
   */
  async rewrite(events: readonly LedgerEvent[]): Promise<void> {
    const { order, byKey, state } = this.#keys;
    await redisCall('rewrite the ledger', async () => {
      const ids = await this.#client.lrange(order, 0, -1);
      const transaction = this.#client.multi();
      for (const id of ids) transaction.del(this.#keys.events + id);
      transaction.del(order, byKey, state);
      if (events.length > 0)
        transaction.eval(APPEND_SCRIPT, 3, order, byKey, state, ...this.#appendArgs(events));
      for (const [error] of (await transaction.exec()) ?? []) if (error) throw error;
    });
    if (this.#replicas) await this.#waitForReplicas(this.#replicas);
  }

  /** Closes the connection (unless it was handed in). */
  async close(): Promise<void> {
    if (this.#owned) await closeRedisClient(this.#client);
  }
}
