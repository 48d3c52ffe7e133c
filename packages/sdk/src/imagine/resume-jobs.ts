import type { Job } from '@grok-imagine/core';
import type { JobStore } from '../journal/job-store.ts';
import type { Imagine, ResumeOptions } from './imagine-types.ts';

/**
 * Waits on every journaled job that is still pending (e.g. left by a process that was killed
 * mid-wait) and resolves with their final states, in journal order. Every wait runs to its end
 * before a failure is reported; then the first error is thrown.
 */
export async function resumeJobs(
  store: JobStore,
  imagine: Pick<Imagine, 'wait'>,
  options: ResumeOptions = {},
): Promise<Job[]> {
  const { providers, ...waitOptions } = options;
  const pending = (await store.list()).filter(
    (record) => record.job.status === 'pending' && (!providers || providers.includes(record.provider)),
  );
  const settled = await Promise.allSettled(
    pending.map((record) => imagine.wait(record.id, { ...waitOptions, type: record.type })),
  );
  const failure = settled.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<Job>).value);
}
