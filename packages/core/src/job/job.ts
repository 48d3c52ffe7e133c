import type { ProviderId } from '../provider/provider-id.ts';
import type { RequestType } from '../request/request-types.ts';

/** Where a job is in its life. `pending` until it ends `done`, `expired` or `failed`. */
export type JobStatus = 'pending' | 'done' | 'expired' | 'failed';

/** Finer state of a pending job, where the provider tells it. */
export type JobPhase = 'queued' | 'processing';

/** One generated image or video. */
export interface JobOutput {
  /** Temporary URL of the media; download promptly. */
  url?: string;
  /** The media itself, base64-encoded (no `data:` prefix), when the provider returned it inline. */
  data?: string;
  /** MIME type, e.g. `image/jpeg` or `video/mp4`. */
  mimeType: string;
  /** When the URL stops working, if known (ISO 8601). */
  expiresAt?: string;
  /** Video length in seconds, when reported. */
  durationSeconds?: number;
  /** True when the provider's moderation withheld this output (xAI `respect_moderation: false`). */
  blocked?: boolean;
}

/** Why a job failed. */
export interface JobError {
  /**
   * Provider error code, or a neutral one (`failed`, `system_error`, `cancelled`, `no_output`,
   * `content_policy`, `invalid_output`: done, but no output URL the SDK can use).
   */
  code: string;
  /**
   * `content_policy` when moderation refused the job or withheld every output, whatever the
   * provider's own code: `generate` (and `assertJobDone`) then throw `ContentPolicyError`; `wait`
   * resolves with the failed job.
   */
  kind?: 'content_policy';
  /** The provider's message. */
  message: string;
  /** Whether submitting the same request again may succeed. */
  retryable: boolean;
  /** Whether the failed job was charged: `false` when the provider says it was not, `undefined` if unknown. */
  charged?: boolean;
}

/** What a job cost. */
export interface JobCost {
  /** USD, for display. Derived from `usdTicks`. */
  usd?: number;
  /** USD in exact integer ticks (1 tick = 1e-10 USD). */
  usdTicks?: number;
  /** Provider credits (Vydra). */
  credits?: number;
  /** `reported`: the provider said so; `catalog`: computed from the price catalog. */
  basis: 'reported' | 'catalog';
  /**
   * `unknown` when the job failed and the provider did not say whether it charged for it: the
   * catalog cost is kept (budgets count it) but may not have been billed.
   */
  charged?: 'unknown';
}

/** A warning attached to a job: something the provider ignored or did differently. */
export interface JobWarning {
  /**
   * `unsupported`: a field this provider ignores; `moderated`: an output was blocked;
   * `cost_report_rejected`: the provider reported a cost the SDK does not trust (the catalog cost is
   * counted instead); `reconciled`: the job was found by reconcile after its answer was lost;
   * `output_rejected`: an output with a URL the SDK will not fetch (not http(s), relative, with
   * credentials) was dropped; `other`.
   */
  type: 'unsupported' | 'moderated' | 'cost_report_rejected' | 'reconciled' | 'output_rejected' | 'other';
  /** The neutral field concerned, if any. */
  field?: string;
  /** Provider that raised it. */
  provider: ProviderId;
  /** Human-readable detail. */
  message?: string;
}

/**
 * The provider-neutral job. Every provider's status vocabulary maps onto `status` (+ `phase`).
 * Plain data: safe to `JSON.stringify`, journal and restore.
 */
export interface Job {
  /** Provider-encoded id, `<provider>:<provider job id>`; routes `get`/`wait` back to the right provider. */
  id: string;
  /** Provider that runs the job. */
  provider: ProviderId;
  /** The neutral request type that created it. */
  type: RequestType;
  /** Life-cycle status. */
  status: JobStatus;
  /** Queued or processing, while pending and where the provider says. */
  phase?: JobPhase;
  /** Percent complete, 0–100, where the provider reports it. */
  progress?: number;
  /** Generated media; empty until `done`. */
  outputs: JobOutput[];
  /** Set when `status` is `failed` (or `expired`). */
  error?: JobError;
  /** What the job cost, reported by the provider or from the catalog. */
  cost?: JobCost;
  /** Fields the provider ignored, moderated outputs, and the like. */
  warnings: JobWarning[];
  /** ISO 8601 time the job was created (as far as the SDK knows). */
  createdAt: string;
  /** ISO 8601 time of the last status change the SDK saw. */
  updatedAt: string;
  /** The ledger's id of the submission that created the job (see `Ledger`), when known. */
  submissionId?: string;
  /** The provider's last raw response body, for debugging. */
  raw?: unknown;
}

/** True when the job will not change any more. */
export function isTerminal(job: Pick<Job, 'status'>): boolean {
  return job.status !== 'pending';
}
