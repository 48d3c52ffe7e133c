import type { GenerationRequest, Job, JobCost, JobOutput } from '@grok-imagine/core';

/** Where a batch item stands. `queued` and `submitted` are in flight; the others are ends. */
export type BatchItemState = 'queued' | 'submitted' | 'done' | 'failed' | 'expired' | 'uncertain';

/** Counts of a batch's items by state, and what they cost so far. */
export interface BatchProgress {
  /** Items in the batch. */
  total: number;
  /** Not submitted yet (waiting for a worker, the rate limit or a job slot). */
  queued: number;
  /** Accepted by the provider and still running. */
  submitted: number;
  done: number;
  /** Failed at the provider, refused before anything was created, or cancelled. */
  failed: number;
  expired: number;
  /** Sent, but whether the provider created the job is unknown: check it (see the outcome's `error.hint`). */
  uncertain: number;
  /**
   * Dollars spent or committed: each finished job's cost (reported when trusted, else catalog; 0 for a
   * failure the provider did not charge), each running or uncertain job's quote.
   */
  spentUsd: number;
}

/** Why an item did not end `done`, as plain data. */
export interface BatchItemError {
  /** The SDK error's class name, e.g. `ValidationError`, `SubmissionUncertainError`. */
  name: string;
  /** Provider or SDK code, e.g. `content_policy`, `cancelled`, `submission_uncertain`. */
  code?: string | undefined;
  message: string;
  /** The ledger's submission, for `resume` / `resubmit` (uncertain items). */
  submissionId?: string | undefined;
  /** Provider jobs that might be this item's (uncertain items). */
  candidates?: string[] | undefined;
  /** What to check, in words (uncertain items). */
  hint?: string | undefined;
}

/** How one item of a batch ended. */
export interface BatchItemOutcome {
  /** The item's idempotency key. */
  key: string;
  /** Its position in the batch (0-based, in the order it was enqueued). */
  index: number;
  state: Exclude<BatchItemState, 'queued' | 'submitted'>;
  /** The provider's job, when one was created (no raw body, no inline bytes). */
  job?: Job | undefined;
  /** The job's outputs (temporary URLs: download them soon). */
  outputs?: JobOutput[] | undefined;
  /** What the job cost (reported or catalog). */
  cost?: JobCost | undefined;
  /** Why it is not `done`. */
  error?: BatchItemError | undefined;
}

/** One item of a batch as it travels through the stages. */
export interface BatchItem {
  batchId: string;
  key: string;
  index: number;
  request: GenerationRequest;
}

/** What `enqueue` did. */
export interface EnqueueResult {
  batchId: string;
  /** Items added now. */
  added: number;
  /** Keys that were already enqueued (in this batch or another): nothing was added for them. */
  skipped: string[];
}
