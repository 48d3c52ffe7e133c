import type { JobRecord } from './job-record.ts';

/**
 * Where `createImagine` journals jobs. `append` must be durable when it resolves: the SDK calls it
 * before `submit` returns, so a crash right after loses no paid job. `list` folds records by id
 * (later fields win) and returns one merged record per job, in first-seen order.
 */
export interface JobStore {
  /** Adds one record; resolves once it is stored. */
  append(record: JobRecord): Promise<void>;
  /** Every job, one merged record each. */
  list(): Promise<JobRecord[]>;
}
