import type { Clock, Ledger, Logger, ProviderId, RateLimitRule, WebhookTarget } from '@grok-imagine/core';
import type { Imagine, NodeGrokImagineConfig } from '@grok-imagine/sdk/node';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { BatchStore } from '../batch/batch-store.ts';
import type { BatchItem } from '../batch/batch-types.ts';
import type { JobCap } from '../limits/job-cap.ts';
import type { SharedRateLimiter } from '../limits/shared-rate-limiter.ts';
import type { StatusSchedule } from './status-schedule.ts';

/** What a status job carries: the item plus its provider job. */
export interface StatusJobData extends BatchItem {
  /** The provider job, `<provider>:<id>`. */
  jobId: string;
  /** Provider whose job slot the item holds. */
  slotProvider: ProviderId;
  /** Status reads so far (for the backoff). */
  checks: number;
  /** Set once the worker asked the provider to cancel the job (batch cancelled). */
  cancelRequested?: boolean;
}

/** Everything a worker's two stages share. */
export interface WorkerRuntime {
  /** The sdk client every provider call goes through; its ledger is the Redis ledger. */
  imagine: Imagine;
  /** The sdk config the worker was started with (the reconciler builds its own client from it). */
  config: NodeGrokImagineConfig;
  /** Reads ledger entries by key (what other processes wrote), without the sdk's client. */
  reader: Ledger;
  /** The package's Redis connection (shared by the ledger stores, batch state and limits). */
  client: Redis;
  prefix: string;
  batches: BatchStore;
  limiter: SharedRateLimiter;
  cap: JobCap;
  /** The limits in force for a provider. */
  limitsOf(provider: ProviderId): { rules: readonly RateLimitRule[]; maxConcurrentJobs: number | undefined };
  /** Where the create stage puts accepted jobs. */
  statusQueue: Queue<StatusJobData>;
  schedule: StatusSchedule;
  /** Longest a job is held waiting for its rate slot before it is put back for later. */
  maxRateWaitMs: number;
  /** Wait before trying again when every job slot of the account is taken. */
  slotRetryMs: number;
  clock: Clock;
  logger: Logger | undefined;
  /** Where the provider calls back when a job ends (Pixazo), if set. */
  webhook: WebhookTarget | undefined;
  /** Item keys whose ledger entry this process's client already holds (status reads then record job states). */
  attached: Set<string>;
}
