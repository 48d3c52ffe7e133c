import { foldJobRecords } from './fold-job-records.ts';
import type { JobRecord } from './job-record.ts';
import type { JobStore } from './job-store.ts';

/** The default journal: records live as long as the process. Use `FileJobStore` to survive a crash. */
export class MemoryJobStore implements JobStore {
  readonly #records: JobRecord[] = [];

  /** Keeps a copy of the record. */
  async append(record: JobRecord): Promise<void> {
    this.#records.push(structuredClone(record));
  }

  /** One merged record per job, first-seen order. */
  async list(): Promise<JobRecord[]> {
    return structuredClone(foldJobRecords(this.#records));
  }
}
