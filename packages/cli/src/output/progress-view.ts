import type { Job } from '@grok-imagine/sdk/node';

/** Shows jobs while they run: a live display on a terminal, plain lines when piped, nothing with `--json`. */
export interface ProgressView {
  /**
   * Shows or refreshes the line of `job`. `price` (the quote, e.g. `$0.42`) is remembered per job,
   * so later updates may leave it out.
   */
  update(job: Job, price?: string): void;
  /** Clears the live display so other output can follow; safe to call more than once. */
  stop(): void;
}

/** The state a user reads on a job's line: `queued`, `processing`, `done`, `failed`… */
export function describeState(job: Pick<Job, 'status' | 'phase'>): string {
  return job.status === 'pending' ? (job.phase ?? 'pending') : job.status;
}

/** A progress view that shows nothing (`--json`). */
export const silentProgress: ProgressView = {
  update() {},
  stop() {},
};
