import { AbortedError, type Job, JobExpiredError, JobFailedError } from '@grok-imagine/sdk/node';

function describeReason(job: Job): string {
  if (!job.error) return 'no reason given';
  const message = job.error.message.replace(/[.\s]+$/, '');
  // Neutral codes like `failed` repeat what the sentence already says; provider codes add detail.
  return ['failed', 'expired'].includes(job.error.code) ? message : `${message} (${job.error.code})`;
}

/** Turns a job that ended `failed` or `expired` into the error the CLI reports (exit 4). */
export function jobEndError(job: Job): JobFailedError | JobExpiredError {
  const reason = describeReason(job);
  const charged = job.error?.charged === false ? ' (not charged)' : '';
  if (job.status === 'expired') {
    return new JobExpiredError(`Job ${job.id} expired before its outputs were fetched (${reason}).`, {
      job,
      code: job.error?.code,
    });
  }
  return new JobFailedError(`Job ${job.id} failed: ${reason}${charged}.`, { job, code: job.error?.code });
}

/** True for an error raised because the wait was aborted (Ctrl-C). */
export function isAbort(error: unknown, signal: AbortSignal): boolean {
  if (signal.aborted) return true;
  // The SDK's AbortedError by kind; a DOMException AbortError from code outside the SDK by name.
  return AbortedError.isInstance(error) || (error instanceof Error && error.name === 'AbortError');
}
