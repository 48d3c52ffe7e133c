import { ContentPolicyError } from '../errors/content-policy-error.ts';
import { JobExpiredError } from '../errors/job-expired-error.ts';
import { JobFailedError } from '../errors/job-failed-error.ts';
import type { Job } from '../job/job.ts';

/**
 * Returns a `done` job; throws `ContentPolicyError` for a job whose outputs were all withheld by
 * moderation (`content_policy`), `JobFailedError` for another failed one (with the provider's reason)
 * and `JobExpiredError` for an expired one. Each error carries the job.
 */
export function assertJobDone(job: Job): Job {
  if (job.status === 'done') return job;
  // The provider's message usually ends with its own full stop; ours closes the sentence.
  const reason = job.error ? `: ${job.error.message.replace(/[.\s]+$/, '')}` : '';
  if (job.status === 'expired') {
    throw new JobExpiredError(`Job ${job.id} expired before it finished${reason}.`, {
      job,
      code: job.error?.code ?? 'expired',
    });
  }
  if (job.error?.kind === 'content_policy') {
    throw new ContentPolicyError(`Job ${job.id} was refused by content moderation${reason}.`, {
      provider: job.provider,
      code: 'content_policy',
      requestId: job.id,
      job,
    });
  }
  throw new JobFailedError(`Job ${job.id} failed${reason}.`, {
    job,
    code: job.error?.code ?? 'failed',
    retryable: job.error?.retryable ?? false,
  });
}
