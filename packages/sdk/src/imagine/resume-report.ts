import type { GrokImagineError, Job, LedgerEntry, ProviderId } from '@grok-imagine/core';

/** A submission `resume` could not settle: it may or may not have created a (charged) job. */
export interface UncertainSubmission {
  /** The ledger's id; `resubmit` takes it. */
  submissionId: string;
  provider: ProviderId;
  /** The request as journaled (no media bytes). */
  request: LedgerEntry['request'];
  /** When the intent was written. */
  intentAt: string;
  /** Why it is still uncertain. */
  reason: string;
  /** Provider jobs that might be it, when several matched. */
  candidates: string[];
  /** What to check, in words. */
  hint: string;
}

/** What `resume` did. */
export interface ResumeReport {
  /** Final states of the jobs it waited on (accepted, or found by reconcile), in ledger order. */
  jobs: Job[];
  /** Submissions still without a known outcome. */
  uncertain: UncertainSubmission[];
  /** Jobs whose wait failed (timeout, abort, a read error); they go on at the provider. */
  failed: { jobId: string; error: GrokImagineError }[];
}
