import type { JobRecord } from './job-record.ts';
import type { ProviderName } from './provider-name.ts';

/** Every job the emulator created, by provider and id, in creation order. */
export class JobStore {
  readonly #jobs = new Map<string, JobRecord>();

  /** Adds a job. */
  add(job: JobRecord): void {
    this.#jobs.set(`${job.provider}:${job.id}`, job);
  }

  /** The job with this id, if `key` may see it (jobs belong to the key that created them). */
  find(provider: ProviderName, id: string, key?: string): JobRecord | undefined {
    const job = this.#jobs.get(`${provider}:${id}`);
    if (!job || (key !== undefined && job.key !== key)) return undefined;
    return job;
  }

  /** All jobs, oldest first. */
  all(): JobRecord[] {
    return [...this.#jobs.values()];
  }

  /** A provider's jobs created with `key`, newest first (the order a job list shows). */
  listFor(provider: ProviderName, key: string): JobRecord[] {
    return this.all()
      .filter((job) => job.provider === provider && job.key === key)
      .reverse();
  }
}
