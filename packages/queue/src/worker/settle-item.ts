import type { Job, ProviderId } from '@grok-imagine/core';
import { jobItemsKey, queueJobId } from '../batch/batch-keys.ts';
import { redisCall } from '../redis/redis-call.ts';
import type { BatchItem, BatchItemError } from '../batch/batch-types.ts';
import { failedOutcome, jobTicks, outcomeOfJob, uncertainOutcome } from '../batch/item-outcome.ts';
import { STAGE_ATTEMPTS } from '../batch/queue-names.ts';
import { firstCheckDelay } from './status-schedule.ts';
import type { WorkerRuntime } from './worker-runtime.ts';

// A job found running outside the normal path (a reconcile, a retry) holds a slot whatever the cap:
// it runs at the provider either way, and its slot must be released when it ends.
const ALWAYS = Number.MAX_SAFE_INTEGER;

/** Ends an item whose job ended: gives its job slot back and records the outcome. */
export async function finishItem(
  rt: WorkerRuntime,
  item: BatchItem,
  job: Job,
  slotProvider: ProviderId,
): Promise<void> {
  await rt.cap.release(slotProvider, item.key);
  await rt.batches.transition(item.batchId, item.key, job.status === 'pending' ? 'submitted' : job.status, {
    ticks: jobTicks(job, undefined),
    outcome: outcomeOfJob(item, job),
  });
}

/**
 * Follows an accepted job: a finished one (a synchronous image) ends the item at once; a running one
 * keeps its job slot, gets a delayed status job at its expected completion time, and the item becomes
 * `submitted`. The status job is added first: if this worker dies now, a retry adds nothing twice.
 */
export async function trackAccepted(
  rt: WorkerRuntime,
  item: BatchItem,
  job: Job,
  slotProvider: ProviderId,
): Promise<void> {
  if (job.status !== 'pending') {
    await finishItem(rt, item, job, slotProvider);
    return;
  }
  await rt.cap.take(slotProvider, item.key, ALWAYS);
  // A webhook names the provider job: this is how `BatchQueue.jobChanged` finds the item's status job.
  const ref = JSON.stringify({ batchId: item.batchId, key: item.key });
  await redisCall('remember a running job', () => rt.client.hset(jobItemsKey(rt.prefix), job.id, ref));
  await rt.statusQueue.add(
    'status',
    { ...item, jobId: job.id, slotProvider, checks: 0 },
    {
      jobId: queueJobId(item.key),
      delay: firstCheckDelay(rt.schedule, item.request),
      attempts: STAGE_ATTEMPTS,
      backoff: { type: 'custom' },
      removeOnComplete: true,
      removeOnFail: 5_000,
    },
  );
  rt.attached.add(item.key);
  await rt.batches.transition(item.batchId, item.key, 'submitted', { ticks: jobTicks(job, undefined) });
}

/** Ends an item that created nothing (refused, cancelled before sending). */
export async function failItem(
  rt: WorkerRuntime,
  item: BatchItem,
  error: BatchItemError,
  slotProvider: ProviderId,
): Promise<void> {
  await rt.cap.release(slotProvider, item.key);
  await rt.batches.transition(item.batchId, item.key, 'failed', {
    ticks: 0,
    outcome: failedOutcome(item, error),
  });
}

/**
 * Ends an item as uncertain: its create request may have reached the provider, so it counts at its
 * quote, and its slot is released (nobody can tell when such a job ends).
 */
export async function markUncertain(
  rt: WorkerRuntime,
  item: BatchItem,
  error: BatchItemError,
  provider: ProviderId,
  quoteTicks: number | undefined,
): Promise<void> {
  await rt.cap.release(provider, item.key);
  await rt.batches.transition(item.batchId, item.key, 'uncertain', {
    ticks: quoteTicks ?? 0,
    outcome: uncertainOutcome(item, error, provider),
  });
}
