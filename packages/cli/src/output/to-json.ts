import type { Job } from '@grok-imagine/sdk/node';

/** A job for printing: everything but `raw` (the provider's last body), which is noise on a terminal. */
export type PrintedJob = Omit<Job, 'raw'>;

/** Drops `raw` from a job for output. */
export function printableJob(job: Job): PrintedJob {
  const { raw: _raw, ...rest } = job;
  return rest;
}

/** Serialises a result as the one JSON document `--json` prints. */
export function toJsonDocument(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
