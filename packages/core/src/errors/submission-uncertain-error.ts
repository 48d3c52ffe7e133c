import { GrokImagineError, type GrokImagineErrorOptions } from './grok-imagine-error.ts';

/** Details of a submission whose acceptance is unknown. */
export interface SubmissionUncertainErrorOptions extends GrokImagineErrorOptions {
  /** The ledger's id of the submission (see `Ledger`); `resume` and `resubmit` take it. */
  submissionId?: string | undefined;
  /** The request as the ledger holds it (no media bytes), to check it by hand. */
  request?: Record<string, unknown> | undefined;
  /** Provider jobs that might be this submission's (several: reconcile could not tell them apart). */
  candidates?: readonly string[] | undefined;
}

/**
 * A job-creating request may have reached the provider but its answer was lost or unreadable: the
 * job may exist and be charged. Never re-sent automatically; `accepted` is always `unknown`. The
 * ledger keeps the submission as `uncertain`; `resume()` reconciles it where the provider can list
 * jobs, and `resubmit(submissionId)` sends it again only when you say so.
 */
export class SubmissionUncertainError extends GrokImagineError {
  static override readonly kind = 'submission-uncertain' as const;
  override name = 'SubmissionUncertainError' as const;
  /** The ledger's id of the submission. */
  readonly submissionId: string | undefined;
  /** The request as the ledger holds it (no media bytes). */
  readonly request: Record<string, unknown> | undefined;
  /** Provider jobs that might be this submission's, when reconcile found several. */
  readonly candidates: readonly string[];

  constructor(message: string, options: SubmissionUncertainErrorOptions = {}) {
    super(message, { code: 'submission_uncertain', ...options, accepted: 'unknown' });
    this.submissionId = options.submissionId;
    this.request = options.request;
    this.candidates = options.candidates ?? [];
  }
}
