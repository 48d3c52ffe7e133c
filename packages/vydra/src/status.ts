import type { JobError, JobPhase, Logger } from '@grok-imagine/core';

/** Every status Vydra is known to report. */
export type VydraStatus =
  | 'pending'
  | 'queued'
  | 'running'
  | 'processing'
  | 'completed'
  | 'failed'
  | 'error'
  | 'cancelled'
  | 'canceled';

/** A Vydra status in the SDK's vocabulary; outputs and cost are added by the caller. */
export type MappedStatus =
  | { status: 'pending'; phase?: JobPhase }
  | { status: 'done' }
  | { status: 'failed'; error: JobError };

function failure(code: string, message: string, retryable: boolean, charged?: boolean): MappedStatus {
  const error: JobError = { code, message, retryable };
  if (charged !== undefined) error.charged = charged;
  return { status: 'failed', error };
}

/**
 * Maps Vydra's job status onto the neutral vocabulary, in one exhaustive switch.
 * `failed` and `error` are not charged: Vydra refunds credits when a job errors after charging.
 * An unknown status keeps the job pending (and is logged) so a new upstream word never ends a wait.
 *
 * @param status Vydra's `status`, lower-cased.
 * @param message Vydra's `statusMessage` (or error text), kept for failed jobs.
 */
export function mapVydraStatus(status: string, message: string | undefined, logger: Logger): MappedStatus {
  const known = status as VydraStatus;
  switch (known) {
    case 'pending':
    case 'queued':
      return { status: 'pending', phase: 'queued' };
    case 'running':
    case 'processing':
      return { status: 'pending', phase: 'processing' };
    case 'completed':
      return { status: 'done' };
    case 'failed':
      return failure('failed', message ?? 'Vydra reported the job failed.', false, false);
    case 'error':
      // A system error rather than a verdict on the request: the same request may succeed again.
      return failure('system_error', message ?? 'Vydra reported a system error.', true, false);
    case 'cancelled':
    case 'canceled':
      return failure('cancelled', message ?? 'The job was cancelled.', false);
    default: {
      const unreachable: never = known;
      logger.warn?.('vydra: unknown job status; treating the job as pending', {
        status: String(unreachable).slice(0, 40),
      });
      return { status: 'pending' };
    }
  }
}
