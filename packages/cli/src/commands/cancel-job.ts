import { GrokImagineError, type Job, ValidationError } from '@grok-imagine/sdk/node';
import { describeState } from '../output/progress-view.ts';
import type { Imagine } from '../session.ts';

/** `ValidationError.code` when a cancel came too late: the job had already ended. */
export const JOB_ALREADY_ENDED = 'job_already_ended';

// Statuses with which a provider refuses a cancel it understood (Vydra answers 400 for a finished job).
const REFUSED = new Set([400, 409, 422]);

/**
 * Cancels a job. When the provider refuses, reads the job once more: if it has already ended, the
 * refusal becomes a `ValidationError` (code `job_already_ended`) saying so; otherwise the provider's
 * error stands.
 */
export async function cancelJob(imagine: Imagine, id: string, signal: AbortSignal): Promise<Job> {
  try {
    return await imagine.cancel(id, { signal });
  } catch (error) {
    if (!GrokImagineError.isInstance(error) || !REFUSED.has(error.status ?? 0)) throw error;
    const job = await imagine.get(id, { signal }).catch(() => undefined);
    if (!job || job.status === 'pending') throw error;
    throw new ValidationError(
      `Job ${id} already ended (${describeState(job)}); there is nothing to cancel.`,
      {
        field: 'id',
        value: id,
        provider: job.provider,
        code: JOB_ALREADY_ENDED,
        cause: error,
      },
    );
  }
}
