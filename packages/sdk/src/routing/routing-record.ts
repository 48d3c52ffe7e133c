import type { Job, ProviderId } from '@grok-imagine/core';

/** A provider that was tried and skipped, and the error that proved it had not accepted the job. */
export interface RoutingAttempt {
  provider: ProviderId;
  /** The error, as plain data (never holds a key). */
  error: { name: string; message: string; code?: string; status?: number };
}

/** How a submission found its provider. */
export interface RoutingRecord {
  /** The providers in the order they were to be tried. */
  order: ProviderId[];
  /** Providers tried before the one that ran the job, with why each was skipped (empty when the first took it). */
  attempts: RoutingAttempt[];
}

/**
 * A job as `submit`/`generate` return it: core's `Job` plus `routing`, which says which provider ran
 * it (`job.provider`) and why the others before it in the order were skipped.
 */
export type RoutedJob = Job & { routing?: RoutingRecord };
