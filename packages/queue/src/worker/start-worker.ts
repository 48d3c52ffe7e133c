import {
  Ledger,
  type Logger,
  type ProviderId,
  PROVIDER_IDS,
  systemClock,
  type WebhookTarget,
} from '@grok-imagine/core';
import { createImagine, type Imagine, type NodeGrokImagineConfig } from '@grok-imagine/sdk/node';
import { Queue, Worker } from 'bullmq';
import { BatchStore } from '../batch/batch-store.ts';
import type { BatchItem } from '../batch/batch-types.ts';
import { CREATE_QUEUE, retryDelayMs, STATUS_QUEUE } from '../batch/queue-names.ts';
import { JobCap } from '../limits/job-cap.ts';
import { type QueueLimits, resolveProviderLimits } from '../limits/queue-limits.ts';
import { SharedRateLimiter } from '../limits/shared-rate-limiter.ts';
import { DEFAULT_REDIS_PREFIX, RedisLedgerStore } from '../ledger/redis-ledger-store.ts';
import {
  bullmqConnection,
  closeRedisClient,
  createRedisClient,
  type RedisConnection,
} from '../redis/redis-connection.ts';
import { processCreate } from './create-stage.ts';
import { processStatus } from './status-stage.ts';
import type { StatusSchedule } from './status-schedule.ts';
import type { StatusJobData, WorkerRuntime } from './worker-runtime.ts';

/** Options of `startWorker`. */
export interface StartWorkerOptions {
  /** The Redis the batches live in (URL or ioredis options). */
  connection: RedisConnection;
  /**
   * The sdk configuration every provider call uses (provider, keys, fallback, budget, prices…). Its
   * ledger store is replaced by the Redis ledger, and its per-process limits by the shared ones.
   */
  config: NodeGrokImagineConfig;
  /** Items each stage of this worker handles at once (default 16). */
  concurrency?: number;
  /** Key prefix, the same for queues and workers (default `grok-imagine`). */
  prefix?: string;
  /** Shared rate limits and job caps per provider (defaults: the config's, else the documented ones). */
  limits?: QueueLimits;
  /** When the status stage reads running jobs. */
  schedule?: StatusSchedule;
  /**
   * Longest a worker holds an item waiting for its rate-limit moment before putting it back (default
   * 10,000 ms). Holding is cheap (a timer); putting back and taking again costs Redis round trips, and
   * the moments reserved ahead keep the rate limit busy.
   */
  maxRateWaitMs?: number;
  /** Wait before trying again when every job slot of the account is taken (default 2,000 ms). */
  slotRetryMs?: number;
  /**
   * How long a worker's hold on an item lasts without renewal (BullMQ `lockDuration`, default 30 s):
   * a killed worker's items go to another worker after about this long.
   */
  lockDurationMs?: number;
  /** How often workers look for items of dead workers (BullMQ `stalledInterval`, default: the lock duration). */
  stalledIntervalMs?: number;
  /** Structured log sink (never receives keys). */
  logger?: Logger;
  /**
   * Ask the provider to call this HTTPS URL when a job ends (Pixazo; other providers refuse it):
   * your receiver calls `BatchQueue.jobChanged(job.id)` and the item ends without waiting for its
   * next scheduled status read.
   */
  webhook?: WebhookTarget;
}

/** A running worker: both stages of this process. */
export interface BatchWorker {
  /** The sdk client the worker calls providers with (its ledger is the Redis ledger). */
  readonly imagine: Imagine;
  /** Stops taking items, lets the ones in hand finish, and closes the connections. */
  close(): Promise<void>;
}

function withoutProcessLimits(config: NodeGrokImagineConfig): NodeGrokImagineConfig {
  const providers = { ...config.providers };
  for (const id of PROVIDER_IDS) providers[id] = { ...providers[id], limits: false };
  // The account's cap is shared through Redis: one process holding its own would count jobs it never sees end.
  return { ...config, providers, maxConcurrentJobs: false };
}

/**
 * Starts a worker: the create and the status stage of every batch under `prefix`, pulling items from
 * BullMQ. Run several per machine and on any number of machines; they share the provider's rate
 * limits and the account's job cap through Redis, and the Redis ledger makes sure an item is sent at
 * most once, whichever worker dies when.
 */
export function startWorker(options: StartWorkerOptions): BatchWorker {
  const prefix = options.prefix ?? DEFAULT_REDIS_PREFIX;
  const client = createRedisClient(options.connection);
  const config = withoutProcessLimits(options.config);
  const store = new RedisLedgerStore({ connection: client, prefix, history: 'none' });
  const imagine = createImagine({ ...config, store });
  const connection = bullmqConnection(options.connection);
  const lockDuration = options.lockDurationMs ?? 30_000;
  const limitsCache = new Map<ProviderId, ReturnType<WorkerRuntime['limitsOf']>>();
  const runtime: WorkerRuntime = {
    imagine,
    config,
    reader: new Ledger({ store: new RedisLedgerStore({ connection: client, prefix, history: 'none' }) }),
    client,
    prefix,
    batches: new BatchStore(client, prefix),
    limiter: new SharedRateLimiter(client, prefix),
    cap: new JobCap(client, prefix),
    limitsOf(provider) {
      let found = limitsCache.get(provider);
      if (!found) {
        const sdk = options.config.providers?.[provider]?.limits;
        found = resolveProviderLimits(provider, options.limits, {
          limits: Array.isArray(sdk) ? sdk : undefined,
          maxConcurrentJobs: options.config.maxConcurrentJobs,
        });
        limitsCache.set(provider, found);
      }
      return found;
    },
    statusQueue: new Queue<StatusJobData>(STATUS_QUEUE, { connection, prefix }),
    schedule: options.schedule ?? {},
    maxRateWaitMs: options.maxRateWaitMs ?? 10_000,
    slotRetryMs: options.slotRetryMs ?? 2_000,
    clock: options.config.clock ?? systemClock,
    logger: options.logger ?? options.config.logger,
    attached: new Set(),
    webhook: options.webhook,
  };
  const workerOptions = {
    connection,
    prefix,
    concurrency: options.concurrency ?? 16,
    lockDuration,
    stalledInterval: options.stalledIntervalMs ?? lockDuration,
    // A dead worker's item is picked up again however often workers die; the ledger keeps it safe.
    maxStalledCount: 1_000,
    settings: { backoffStrategy: retryDelayMs },
  };
  const create = new Worker<BatchItem>(
    CREATE_QUEUE,
    (job, token) => processCreate(runtime, job, token),
    workerOptions,
  );
  const status = new Worker<StatusJobData>(
    STATUS_QUEUE,
    (job, token) => processStatus(runtime, job, token),
    workerOptions,
  );
  runtime.statusQueue.on('error', () => {});
  for (const worker of [create, status]) {
    // BullMQ reports Redis trouble as events; it reconnects and carries on by itself.
    worker.on('error', (error) =>
      runtime.logger?.warn?.('queue worker: Redis error', { reason: error.message }),
    );
    worker.on('failed', (job, error) =>
      runtime.logger?.warn?.('queue worker: stage job failed (it is retried)', {
        item: job?.id,
        reason: error.message,
      }),
    );
  }
  return {
    imagine,
    async close() {
      await Promise.all([create.close(), status.close()]);
      await runtime.statusQueue.close();
      await closeRedisClient(client);
    },
  };
}
