import type { Job, JobCost, JobWarning } from '../job/job.ts';
import type { RequestType } from '../request/request-types.ts';

/** What a client remembers of a job between calls. */
export interface JobRecord {
  /** The request type it was submitted as (status responses rarely say). */
  type?: RequestType | undefined;
  /** Warnings raised at submit time (capability checks), kept on every later view of the job. */
  warnings: JobWarning[];
  /** Cost from the quote, used while the provider reports none. */
  catalogCost?: JobCost | undefined;
  /** The job as last seen. */
  last?: Job | undefined;
}

/** Most jobs remembered; the oldest are forgotten first, so a long-lived client stays small. */
const DEFAULT_LIMIT = 1_000;

/** A bounded map of job id → what the client knows of it. */
export class JobMemory {
  private readonly records = new Map<string, JobRecord>();

  constructor(private readonly limit: number = DEFAULT_LIMIT) {}

  /** The record of a job, if remembered. */
  get(id: string): JobRecord | undefined {
    return this.records.get(id);
  }

  /** Stores (or replaces) a job's record, forgetting the oldest when over the limit. */
  set(id: string, record: JobRecord): void {
    this.records.delete(id);
    this.records.set(id, record);
    while (this.records.size > this.limit) {
      const oldest = this.records.keys().next().value;
      if (oldest === undefined) break;
      this.records.delete(oldest);
    }
  }
}

function sameWarning(a: JobWarning, b: JobWarning): boolean {
  return a.type === b.type && a.field === b.field && a.message === b.message;
}

/**
 * A job as the client returns it: the submit-time warnings first (without duplicates), and the
 * catalog cost when the provider reported none — except for a failed job the provider says was
 * not charged.
 */
export function enrichJob(job: Job, record: JobRecord | undefined): Job {
  if (!record) return job;
  const extra = record.warnings.filter((w) => !job.warnings.some((seen) => sameWarning(seen, w)));
  const notCharged = job.status === 'failed' && job.error?.charged === false;
  const cost = job.cost ?? (notCharged ? undefined : record.catalogCost);
  const enriched: Job = { ...job, warnings: [...extra, ...job.warnings] };
  if (cost) enriched.cost = cost;
  return enriched;
}
