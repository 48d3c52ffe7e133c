import { DelayedError, type Job } from 'bullmq';

/**
 * Puts a stage job back for `ms` without counting an attempt and without a worker waiting on it.
 * Throws BullMQ's `DelayedError`, which the processor must let through.
 */
export async function delayJob(job: Job, token: string | undefined, ms: number): Promise<never> {
  await job.moveToDelayed(Date.now() + Math.max(1, Math.round(ms)), token);
  throw new DelayedError();
}
