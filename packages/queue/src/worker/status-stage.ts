import { GrokImagineError, isTransientPollError, type Job, UnsupportedError } from '@grok-imagine/core';
import type { Job as QueueJob } from 'bullmq';
import { itemError } from '../batch/item-outcome.ts';
import { RedisUnavailableError } from '../redis/redis-unavailable-error.ts';
import { delayJob } from './delay-job.ts';
import { finishItem } from './settle-item.ts';
import { nextCheckDelay } from './status-schedule.ts';
import type { StatusJobData, WorkerRuntime } from './worker-runtime.ts';

const FINAL = new Set(['done', 'failed', 'expired']);

// Status reads that fail in a row (transient errors) before the item is given up as failed; the job
// itself is still in the ledger, so `grok-imagine resume` can finish it.
const MAX_READ_ERRORS = 10;

/**
 * Makes this process's sdk client hold the item's ledger entry, so its status reads are recorded
 * there. Best effort: without it the reads still work (by id and type), they are only not journaled.
 */
async function attach(rt: WorkerRuntime, data: StatusJobData): Promise<void> {
  if (rt.attached.has(data.key)) return;
  try {
    // Only a key the ledger holds as accepted: then submit answers with the job and sends nothing.
    const entry = await rt.reader.entryOfKey(data.key);
    if (entry?.state === 'accepted') await rt.imagine.submit(data.request, { key: data.key });
  } catch (error) {
    if (RedisUnavailableError.isRedisUnavailable(error)) throw error;
    rt.logger?.warn?.('queue: status reads of this item are not journaled', { item: data.key });
  }
  if (rt.attached.size > 100_000) rt.attached.clear();
  rt.attached.add(data.key);
}

async function cancelAtProvider(rt: WorkerRuntime, job: QueueJob<StatusJobData>): Promise<void> {
  try {
    await rt.imagine.cancel(job.data.jobId, { type: job.data.request.type });
  } catch (error) {
    // Without a cancel endpoint the job runs on (and may be charged): keep following it to its end.
    if (RedisUnavailableError.isRedisUnavailable(error)) throw error;
    if (!UnsupportedError.isInstance(error))
      rt.logger?.warn?.('queue: cancel failed', { job: job.data.jobId });
  }
  await job.updateData({ ...job.data, cancelRequested: true });
}

/**
 * The status stage, for one running job: a delayed queue job that reads the job's status once (under
 * the shared rate limit, through the sdk, which records the new state in the ledger) and either ends
 * the item or puts itself back until the next expected moment. No worker waits on a rendering video.
 * A cancelled batch asks the provider to cancel the job where it can.
 */
export async function processStatus(
  rt: WorkerRuntime,
  job: QueueJob<StatusJobData>,
  token: string | undefined,
): Promise<void> {
  const data = job.data;
  const state = await rt.batches.stateOf(data.batchId, data.key);
  if (state && FINAL.has(state)) {
    await rt.cap.release(data.slotProvider, data.key);
    return;
  }
  await attach(rt, data);
  if (!data.cancelRequested && (await rt.batches.isCancelled(data.batchId))) await cancelAtProvider(rt, job);
  const provider = data.jobId.slice(0, data.jobId.indexOf(':')) as StatusJobData['slotProvider'];
  const slot = await rt.limiter.reserve(provider, 'status', rt.limitsOf(provider).rules, rt.maxRateWaitMs);
  if (!slot.reserved) await delayJob(job, token, slot.waitMs);
  if (slot.waitMs > 0) await rt.clock.sleep(slot.waitMs);
  let current: Job;
  try {
    current = await rt.imagine.get(data.jobId, { type: data.request.type });
  } catch (error) {
    if (RedisUnavailableError.isRedisUnavailable(error)) throw error;
    if (isTransientPollError(error) && data.checks < MAX_READ_ERRORS) {
      await job.updateData({ ...data, checks: data.checks + 1 });
      await delayJob(job, token, rt.schedule.minIntervalMs ?? 5_000);
    }
    const reason = itemError(error);
    await rt.cap.release(data.slotProvider, data.key);
    await rt.batches.transition(data.batchId, data.key, 'failed', {
      outcome: {
        key: data.key,
        index: data.index,
        state: 'failed',
        error: {
          ...reason,
          message: `${reason.message} (job ${data.jobId} may still finish: \`grok-imagine resume\` follows it)`,
        },
      },
    });
    if (!GrokImagineError.isInstance(error)) throw error;
    return;
  }
  if (current.status !== 'pending') {
    await finishItem(rt, data, current, data.slotProvider);
    return;
  }
  await job.updateData({ ...data, checks: data.checks + 1 });
  await delayJob(job, token, nextCheckDelay(rt.schedule, current, data.checks, rt.clock.now()));
}
