import {
  GrokImagineError,
  isTerminal,
  type Job,
  ledgerJob,
  SubmissionUncertainError,
} from '@grok-imagine/core';
import type { BatchItemError, BatchItemOutcome } from './batch-types.ts';

/** Where an item is: its key and position. */
export interface ItemRef {
  key: string;
  index: number;
}

/**
 * USD ticks a job counts towards a batch's spend: its cost (reported when trusted, else catalog), 0
 * for a failure the provider did not charge; `quoteTicks` while it has no cost yet.
 */
export function jobTicks(job: Job, quoteTicks: number | undefined): number | undefined {
  if (job.status === 'failed' && job.error?.charged === false) return 0;
  return job.cost?.usdTicks ?? quoteTicks;
}

/** The outcome of an item whose job ended (the job must be terminal). */
export function outcomeOfJob(item: ItemRef, job: Job): BatchItemOutcome {
  if (!isTerminal(job))
    throw new GrokImagineError(`Job ${job.id} is still ${job.status}.`, { code: 'job_pending' });
  const kept = ledgerJob(job);
  const outcome: BatchItemOutcome = {
    key: item.key,
    index: item.index,
    state: job.status as 'done' | 'failed' | 'expired',
    job: kept,
  };
  if (kept.outputs.length > 0) outcome.outputs = kept.outputs;
  if (kept.cost) outcome.cost = kept.cost;
  if (job.error)
    outcome.error = {
      name: job.status === 'expired' ? 'JobExpiredError' : 'JobFailedError',
      code: job.error.code,
      message: job.error.message,
    };
  return outcome;
}

/** An error as an item outcome carries it (never a key, never a raw body). */
export function itemError(error: unknown): BatchItemError {
  if (!GrokImagineError.isInstance(error)) {
    return {
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  const plain: BatchItemError = { name: error.name, message: error.message };
  if (error.code !== undefined) plain.code = error.code;
  if (SubmissionUncertainError.isInstance(error)) {
    if (error.submissionId) plain.submissionId = error.submissionId;
    if (error.candidates.length > 0) plain.candidates = [...error.candidates];
  }
  return plain;
}

/** The outcome of an item whose submission was refused (nothing created) or cancelled. */
export function failedOutcome(item: ItemRef, error: BatchItemError): BatchItemOutcome {
  return { key: item.key, index: item.index, state: 'failed', error };
}

/** Why an item that was never sent ended when its batch was cancelled. */
export const CANCELLED: BatchItemError = {
  name: 'GrokImagineError',
  code: 'cancelled',
  message: 'The batch was cancelled before this item was sent.',
};

/** What to check for an uncertain item, in words. */
export function uncertainHint(provider: string, submissionId: string | undefined, intentAt?: string): string {
  return (
    `Look in your ${provider} account for a job created${intentAt ? ` after ${intentAt}` : ''} with this item's prompt: ` +
    `if there is one, it is this item's (it may be charged); if there is none, send it again with ` +
    `resubmit("${submissionId ?? '<submission id>'}") / \`grok-imagine resubmit ${submissionId ?? '<submission id>'}\`.`
  );
}

/** The outcome of an item whose submission's answer was lost: the job may exist and be charged. */
export function uncertainOutcome(item: ItemRef, error: BatchItemError, provider: string): BatchItemOutcome {
  const hint = error.hint ?? uncertainHint(provider, error.submissionId);
  return { key: item.key, index: item.index, state: 'uncertain', error: { ...error, hint } };
}
