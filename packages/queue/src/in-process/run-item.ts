import {
  GrokImagineError,
  isTerminal,
  type Job,
  SubmissionUncertainError,
  UnsupportedError,
} from '@grok-imagine/core';
import type { Imagine } from '@grok-imagine/sdk/node';
import type { BatchItem, BatchItemOutcome } from '../batch/batch-types.ts';
import {
  CANCELLED,
  failedOutcome,
  itemError,
  outcomeOfJob,
  uncertainOutcome,
} from '../batch/item-outcome.ts';

/** What one in-process item needs from its batch. */
export interface ItemContext {
  imagine: Imagine;
  cancelled: () => boolean;
  /** Fires when the batch is cancelled (running jobs are asked to stop where the provider can). */
  onCancel: (listener: () => void) => () => void;
  signal: AbortSignal | undefined;
  waitTimeoutMs: number | undefined;
  /** Told when the item's job was accepted and is running. */
  submitted: (item: BatchItem, job: Job) => void;
}

/**
 * One item, the same lifecycle as a worker's two stages in one call: submit with the item's key (the
 * ledger answers for a key it already holds, so a re-run sends nothing twice), then wait for the job
 * to end. A lost answer ends `uncertain`; a refusal ends `failed`; a wait that fails (timeout, read
 * errors) ends `failed` with a note that the job goes on; an abort of the whole run throws.
 */
export async function runItem(context: ItemContext, item: BatchItem): Promise<BatchItemOutcome> {
  const { imagine } = context;
  if (context.cancelled()) return failedOutcome(item, CANCELLED);
  let job: Job;
  try {
    job = await imagine.submit(item.request, { key: item.key, signal: context.signal });
  } catch (error) {
    if (context.signal?.aborted) throw error;
    if (SubmissionUncertainError.isInstance(error))
      return uncertainOutcome(item, itemError(error), imagine.provider);
    return failedOutcome(item, itemError(error));
  }
  if (isTerminal(job)) return outcomeOfJob(item, job);
  context.submitted(item, job);
  const stop = context.onCancel(() => {
    imagine.cancel(job.id, { type: item.request.type }).catch((error: unknown) => {
      // Without a cancel endpoint the job runs on; the wait below follows it to its end.
      if (!UnsupportedError.isInstance(error) && !GrokImagineError.isInstance(error)) throw error;
    });
  });
  try {
    return outcomeOfJob(
      item,
      await imagine.wait(job.id, {
        signal: context.signal,
        timeoutMs: context.waitTimeoutMs,
        type: item.request.type,
      }),
    );
  } catch (error) {
    if (context.signal?.aborted) throw error;
    const reason = itemError(error);
    return failedOutcome(item, {
      ...reason,
      message: `${reason.message} (job ${job.id} goes on: \`grok-imagine resume\` follows it)`,
    });
  } finally {
    stop();
  }
}
