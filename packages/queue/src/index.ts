export {
  type BatchQueue,
  type BatchQueueOptions,
  createBatchQueue,
  type EnqueueOptions,
  type ResultsOptions,
} from './batch/create-batch-queue.ts';
export type {
  BatchItemError,
  BatchItemOutcome,
  BatchItemState,
  BatchProgress,
  EnqueueResult,
} from './batch/batch-types.ts';
export {
  DEFAULT_REDIS_PREFIX,
  RedisLedgerStore,
  type RedisLedgerStoreOptions,
} from './ledger/redis-ledger-store.ts';
export { DOCUMENTED_LIMITS, type ProviderQueueLimits, type QueueLimits } from './limits/queue-limits.ts';
export type { RedisConnection } from './redis/redis-connection.ts';
export { REDIS_UNAVAILABLE, RedisUnavailableError } from './redis/redis-unavailable-error.ts';
export { type BatchWorker, startWorker, type StartWorkerOptions } from './worker/start-worker.ts';
export type { StatusSchedule } from './worker/status-schedule.ts';
export { type BatchRun, type RunBatchOptions, runBatch } from './in-process/run-batch.ts';
