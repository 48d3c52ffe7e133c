import { type GenerationRequest, ValidationError } from '@grok-imagine/core';
import { Queue } from 'bullmq';
import { DEFAULT_REDIS_PREFIX } from '../ledger/redis-ledger-store.ts';
import {
  bullmqConnection,
  closeRedisClient,
  createRedisClient,
  type RedisConnection,
} from '../redis/redis-connection.ts';
import { redisCall } from '../redis/redis-call.ts';
import { jobItemsKey, queueJobId } from './batch-keys.ts';
import { BatchStore } from './batch-store.ts';
import type { BatchItem, BatchItemOutcome, BatchProgress, EnqueueResult } from './batch-types.ts';
import { checkBatchId, checkBatchInput } from './check-batch-input.ts';
import { CREATE_QUEUE, STAGE_ATTEMPTS, STATUS_QUEUE } from './queue-names.ts';
import { followResults } from './follow-results.ts';
import { CANCELLED, failedOutcome } from './item-outcome.ts';

/** Options of `createBatchQueue`. */
export interface BatchQueueOptions {
  /** The Redis the batches live in (URL or ioredis options). */
  connection: RedisConnection;
  /** Key prefix shared with the workers (default `grok-imagine`). */
  prefix?: string;
}

/** Options of `enqueue`. */
export interface EnqueueOptions {
  /** The batch to add to (default: a new UUID). Enqueuing into the same batch again adds only new keys. */
  batchId?: string;
  /** One idempotency key per request (default `<batchId>/<index>`): a key already enqueued adds nothing. */
  keys?: readonly string[];
}

/** Options of `results`. */
export interface ResultsOptions {
  /** Keep waiting for items still running (default true); false: only what has ended so far. */
  follow?: boolean;
  /** Stops following. */
  signal?: AbortSignal;
}

/** The producer's side of the batches under one prefix. */
export interface BatchQueue {
  /** Adds requests as items of a batch (checked whole first: nothing is added when one is bad). */
  enqueue(requests: readonly GenerationRequest[], options?: EnqueueOptions): Promise<EnqueueResult>;
  /** Counts by state and spend. `ValidationError` for an unknown batch. */
  progress(batchId: string): Promise<BatchProgress>;
  /**
   * Each item's outcome as it ends (from the first, on every call), until every item has ended. An
   * item that ended `uncertain` and was later settled by evidence appears a second time.
   */
  results(batchId: string, options?: ResultsOptions): AsyncIterable<BatchItemOutcome>;
  /** Stops the batch's unsubmitted items and cancels its running jobs where the provider can. */
  cancel(batchId: string): Promise<BatchProgress>;
  /**
   * Tells the workers that a provider job changed (call it from your webhook receiver with the job's
   * id): its item's status is read now instead of at its next scheduled time. False when no running
   * item has that job.
   */
  jobChanged(jobId: string): Promise<boolean>;
  /** Closes the connections. */
  close(): Promise<void>;
}

// Items registered and added per round trip.
const CHUNK = 500;

/**
 * Connects to the batches under `prefix`: enqueue items (each with an idempotency key, the BullMQ
 * job id, so enqueuing a key twice adds nothing), watch progress, read results, cancel. Workers
 * (`startWorker`) do the work, on this machine or others.
 */
export function createBatchQueue(options: BatchQueueOptions): BatchQueue {
  const prefix = options.prefix ?? DEFAULT_REDIS_PREFIX;
  const client = createRedisClient(options.connection);
  const store = new BatchStore(client, prefix);
  const creates = new Queue<BatchItem>(CREATE_QUEUE, {
    connection: bullmqConnection(options.connection),
    prefix,
  });
  creates.on('error', () => {});
  let statuses: Queue | undefined;
  const statusQueue = () => {
    if (!statuses) {
      statuses = new Queue(STATUS_QUEUE, { connection: bullmqConnection(options.connection), prefix });
      statuses.on('error', () => {});
    }
    return statuses;
  };

  async function progress(batchId: string): Promise<BatchProgress> {
    const found = await store.progress(checkBatchId(batchId));
    if (!found)
      throw new ValidationError(`No batch ${batchId} under prefix ${prefix}.`, {
        field: 'batchId',
        value: batchId,
      });
    return found;
  }

  async function removeQueued(batchId: string): Promise<void> {
    for (const key of await store.keysIn(batchId, 'queued')) {
      const job = await redisCall('read a queued item', () => creates.getJob(queueJobId(key)));
      // A job a worker holds right now is locked and stays: that worker sees the cancel itself.
      const removed = job
        ? await redisCall('remove a queued item', () => creates.remove(queueJobId(key)))
        : 0;
      if (job && removed === 1) {
        await store.transition(batchId, key, 'failed', {
          ticks: 0,
          outcome: failedOutcome({ key, index: job.data.index }, CANCELLED),
        });
      }
    }
  }

  return {
    async enqueue(requests, enqueueOptions = {}) {
      const batchId = checkBatchId(enqueueOptions.batchId ?? globalThis.crypto.randomUUID());
      checkBatchInput(requests, enqueueOptions.keys);
      const keys = enqueueOptions.keys ?? requests.map((_, index) => `${batchId}/${index}`);
      const result: EnqueueResult = { batchId, added: 0, skipped: [] };
      for (let start = 0; start < requests.length; start += CHUNK) {
        const slice = keys.slice(start, start + CHUNK);
        const answers = await store.register(batchId, slice);
        const jobs = slice.flatMap((key, offset) => {
          if (answers[offset] === 0) {
            result.skipped.push(key);
            return [];
          }
          if (answers[offset] === 1) result.added++;
          const index = start + offset;
          return [
            {
              name: 'create',
              data: { batchId, key, index, request: requests[index]! },
              opts: {
                jobId: queueJobId(key),
                attempts: STAGE_ATTEMPTS,
                backoff: { type: 'custom' },
                removeOnComplete: true,
                removeOnFail: 5_000,
              },
            },
          ];
        });
        // Registered first, added second: if this process dies in between, enqueuing again adds the
        // items still queued (BullMQ's job id keeps one job per key).
        if (jobs.length > 0) await redisCall('add batch items', () => creates.addBulk(jobs));
      }
      return result;
    },
    progress,
    results: (batchId, resultsOptions = {}) =>
      followResults(client, store, checkBatchId(batchId), () => progress(batchId), resultsOptions),
    async cancel(batchId) {
      await progress(batchId);
      await store.markCancelled(batchId);
      await removeQueued(batchId);
      return progress(batchId);
    },
    async jobChanged(jobId) {
      const ref = await redisCall('look up a job', () => client.hget(jobItemsKey(prefix), jobId));
      if (!ref) return false;
      const { key } = JSON.parse(ref) as { key: string };
      const job = await redisCall('read a status job', () => statusQueue().getJob(queueJobId(key)));
      if (!job) return false;
      // A read already under way (or just finished) sees the change itself; promoting is for a waiting one.
      if (await job.isDelayed()) await job.promote().catch(() => {});
      return true;
    },
    async close() {
      await statuses?.close().catch(() => {});
      await creates.close().catch(() => {});
      await closeRedisClient(client);
    },
  };
}
