import { GrokImagineError, isImageRequestType, SubmissionUncertainError } from '@grok-imagine/core';
import type { Job as QueueJob } from 'bullmq';
import type { BatchItem } from '../batch/batch-types.ts';
import { CANCELLED, itemError } from '../batch/item-outcome.ts';
import { REFUSAL_ATTEMPTS } from '../batch/queue-names.ts';
import { RedisUnavailableError } from '../redis/redis-unavailable-error.ts';
import { delayJob } from './delay-job.ts';
import { failItem, markUncertain, trackAccepted } from './settle-item.ts';
import { answerByKey, recordMissingAcceptance, settleUnresolved } from './settle-unresolved.ts';
import type { WorkerRuntime } from './worker-runtime.ts';

/**
 * What a failed `submit` means for the item. Redis trouble and a key another process holds right now
 * go back to BullMQ (retried later: nothing was sent). A lost answer ends `uncertain` — core already
 * reconciled where it could — and is never sent again. A refusal ends `failed`, unless it is worth
 * another attempt (a 429 beyond core's retries) and attempts remain.
 */
async function settleSubmitError(
  rt: WorkerRuntime,
  job: QueueJob<BatchItem>,
  error: unknown,
  provider: string,
): Promise<void> {
  const item = job.data;
  const slotProvider = provider as Parameters<typeof failItem>[3];
  if (RedisUnavailableError.isRedisUnavailable(error)) throw error;
  if (GrokImagineError.isInstance(error) && error.code === 'idempotency_key_taken') throw error;
  if (SubmissionUncertainError.isInstance(error)) {
    // The provider may have answered and only the ledger write failed (Redis went away): this
    // process then holds the job, and records it now.
    const known = await answerByKey(rt.imagine, item);
    if (known) {
      await recordMissingAcceptance(rt, item, known);
      await trackAccepted(rt, item, known, slotProvider);
      return;
    }
    const entry = await rt.reader.entryOfKey(item.key);
    await markUncertain(rt, item, itemError(error), slotProvider, entry?.quote?.usdTicks);
    return;
  }
  if (GrokImagineError.isInstance(error) && error.accepted === 'no') {
    await rt.cap.release(slotProvider, item.key);
    if (error.retryable && job.attemptsMade + 1 < REFUSAL_ATTEMPTS) throw error;
    await failItem(rt, item, itemError(error), slotProvider);
    return;
  }
  // Not classified (a bug?): the ledger says whether anything may have been sent.
  const entry = await rt.reader.entryOfKey(item.key);
  if (entry && entry.state !== 'refused') {
    await settleUnresolved(rt, item, slotProvider);
    return;
  }
  await failItem(rt, item, itemError(error), slotProvider);
}

/**
 * The create stage, for one item: asks the ledger first (a key it holds is never sent again: accepted
 * → follow the job; sent without a recorded answer → settle it), then takes a moment under the
 * shared rate limit and one of the account's job slots — putting the queue job back when the moment
 * is far off or no slot is free, so no worker sits waiting — and submits through the sdk with the item's key, which writes the
 * intent to the Redis ledger before the request leaves.
 */
export async function processCreate(
  rt: WorkerRuntime,
  job: QueueJob<BatchItem>,
  token: string | undefined,
): Promise<void> {
  const item = job.data;
  const provider = rt.imagine.provider;
  if (await rt.batches.isCancelled(item.batchId)) {
    const entry = await rt.reader.entryOfKey(item.key);
    if (!entry || entry.state === 'refused') {
      await failItem(rt, item, CANCELLED, provider);
      return;
    }
  }
  // On its first start an item cannot be in the ledger yet (its key is registered to this batch
  // alone); after a retry, a delay or a dead worker it may: then the ledger decides, before any slot.
  const earlier =
    job.attemptsStarted > 1 || job.attemptsMade > 0 || job.stalledCounter > 0
      ? await rt.reader.entryOfKey(item.key)
      : undefined;
  if (earlier?.state === 'accepted' && earlier.job) {
    await trackAccepted(rt, item, await rt.imagine.submit(item.request, { key: item.key }), provider);
    return;
  }
  if (earlier && earlier.state !== 'refused') {
    await settleUnresolved(rt, item, provider);
    return;
  }
  const limits = rt.limitsOf(provider);
  const family = isImageRequestType(item.request.type) ? 'image' : 'video';
  const slot = await rt.limiter.reserve(provider, family, limits.rules, rt.maxRateWaitMs);
  if (!slot.reserved) await delayJob(job, token, slot.waitMs);
  if (slot.waitMs > 0) await rt.clock.sleep(slot.waitMs);
  // The job slot is taken only now, right before sending: items waiting for their moment must not
  // hold the account's slots (they would starve the rate limit). When all are taken, the moment is
  // given up — then the cap, not the rate, is what binds.
  const cap = limits.maxConcurrentJobs;
  if (cap !== undefined && !(await rt.cap.take(provider, item.key, cap)))
    await delayJob(job, token, rt.slotRetryMs);
  let accepted: Awaited<ReturnType<typeof rt.imagine.submit>>;
  try {
    accepted = await rt.imagine.submit(item.request, {
      key: item.key,
      ...(rt.webhook && { webhook: rt.webhook }),
    });
  } catch (error) {
    await settleSubmitError(rt, job, error, provider);
    return;
  }
  await trackAccepted(rt, item, accepted, provider);
}
