import { GrokImagineError, type Job } from '@grok-imagine/sdk/node';
import { printableJob, type PrintedJob } from '../output/to-json.ts';

/** The step after a submission that failed: waiting for the job, or saving its outputs. */
export type FollowUpStep = 'wait' | 'download';

function causeMessage(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * A step after the job was created failed: the job exists and may be charged, so the error names
 * it (in the message, `requestId` and `job`, which `--json` prints) and the hint says the command
 * that picks it up — `grok-imagine download <id>` or `grok-imagine wait <id>` — instead of calling
 * it a bug. The exit code is the cause's.
 */
export class PaidJobError extends GrokImagineError {
  static override readonly kind = 'cli-paid-job';
  override name = 'PaidJobError' as const;
  /** The job, as `--json` prints it. */
  readonly job: PrintedJob;
  /** What failed after the job was created. */
  readonly step: FollowUpStep;

  constructor(job: Job, step: FollowUpStep, cause: unknown) {
    const what =
      step === 'download'
        ? `is done (and may be charged), but saving its outputs failed`
        : `was submitted (and may be charged), but waiting for it failed`;
    super(`Job ${job.id} ${what}: ${causeMessage(cause)}`, {
      provider: job.provider,
      requestId: job.id,
      code: GrokImagineError.isInstance(cause) ? cause.code : 'follow_up_failed',
      retryable: true,
      cause,
    });
    this.job = printableJob(job);
    this.step = step;
  }
}

/** True for errors that already name their job and say what to do with it. */
export function namesItsJob(error: unknown): boolean {
  return (
    GrokImagineError.isInstance(error) &&
    ['cli-paid-job', 'job-failed', 'job-expired', 'wait-timeout'].includes(error.kind)
  );
}
