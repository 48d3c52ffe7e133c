import type { JobError, JobOutput, JobPhase, JobWarning } from '../job/job.ts';
import type { RequestType } from '../request/request-types.ts';

/**
 * What a provider said a job cost, as the adapter read it from the answer (xAI
 * `usage.cost_in_usd_ticks`, Vydra `creditsCharged`). Core checks it against the quote before it
 * counts (`checkReportedCost`): a negative, non-finite or absurd figure is not trusted.
 */
export interface ReportedCost {
  /** USD in ticks (1e-10 USD), as reported or converted by the adapter from credits. */
  usdTicks?: number | undefined;
  /** Provider credits, as reported. */
  credits?: number | undefined;
}

interface ResultCommon {
  /** The neutral request type, when the answer shows it (used for jobs the ledger does not know). */
  type?: RequestType | undefined;
  /** ISO 8601 creation time, when the answer shows it (used for jobs the ledger does not know). */
  createdAt?: string | undefined;
  /** Warnings only the answer can tell (an output withheld by moderation, …). */
  warnings?: JobWarning[] | undefined;
  /** The provider's answer, for debugging; core keeps it on `job.raw`. */
  raw?: unknown;
}

/**
 * An adapter's reading of one status answer: the small union core builds every `Job` from (id,
 * type, timestamps, submit-time warnings, catalog vs reported cost are core's). Like the AI SDK's
 * `pending | completed | error`, with `expired` and moderation kept apart.
 */
export type StatusResult =
  | ({
      status: 'pending';
      phase?: JobPhase | undefined;
      progress?: number | undefined;
      /** What the provider already charged for the job (Vydra charges at submission). */
      cost?: ReportedCost | undefined;
    } & ResultCommon)
  | ({ status: 'done'; outputs: JobOutput[]; cost?: ReportedCost | undefined } & ResultCommon)
  | ({ status: 'failed'; error: JobError; cost?: ReportedCost | undefined } & ResultCommon)
  | ({ status: 'expired'; error?: JobError | undefined } & ResultCommon);

/**
 * The answer to a job-creating request: the provider's id for the job and its state — `pending`
 * for an asynchronous job, or already finished (a synchronous image).
 */
export type StartResult = StatusResult & {
  /** The provider's own id of the new job (validated by core before it goes into a URL). */
  providerJobId: string;
};

/** A status answer that names the job it is about (status bodies and webhooks): core checks the id. */
export type NamedStatusResult = StatusResult & {
  /** The job id the answer names, when it names one. */
  providerJobId?: string | undefined;
};
