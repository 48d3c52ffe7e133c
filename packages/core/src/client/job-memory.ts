import type { Job } from '../job/job.ts';
import type { RequestType } from '../request/request-types.ts';

/** What a client remembers of a job the ledger does not hold (one it did not submit). */
export interface ForeignJob {
  /** The request type, when the caller or an answer said it. */
  type?: RequestType | undefined;
  /** When the client first saw it. */
  createdAt: string;
  /** The job as last seen. */
  last?: Job | undefined;
}

/** Most foreign jobs remembered; the oldest are forgotten first, so a long-lived client stays small. */
const DEFAULT_LIMIT = 1_000;

/**
 * A bounded map of the jobs a client reads but did not submit. Jobs it submitted live in the ledger,
 * which never forgets a job's type or quote, so bounding this map loses nothing in flight.
 */
export class JobMemory {
  private readonly records = new Map<string, ForeignJob>();

  constructor(private readonly limit: number = DEFAULT_LIMIT) {}

  /** The record of a job, if remembered. */
  get(id: string): ForeignJob | undefined {
    return this.records.get(id);
  }

  /** Stores (or replaces) a job's record, forgetting the oldest when over the limit. */
  set(id: string, record: ForeignJob): void {
    this.records.delete(id);
    this.records.set(id, record);
    while (this.records.size > this.limit) {
      const oldest = this.records.keys().next().value;
      if (oldest === undefined) break;
      this.records.delete(oldest);
    }
  }
}
