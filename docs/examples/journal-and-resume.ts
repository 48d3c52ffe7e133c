/**
 * A durable job journal: every accepted job is written to disk before `submit` returns, so a crash
 * or Ctrl-C loses no paid job, and `resume` finishes what was left pending.
 */
import { createImagine, type Job, type JobRecord } from '@grok-imagine/sdk/node';

const journal = { file: '.grok-imagine/jobs.jsonl' };

/** Submits without waiting; the job is on disk when this resolves. */
export async function submitOnly(): Promise<string> {
  const imagine = createImagine({ journal });
  const job = await imagine.submit({ type: 'text-to-video', prompt: 'A paper boat on a stream' });
  return job.id;
}

/** In a later process: list what the journal holds, then wait for every job still pending. */
export async function resumeAfterCrash(): Promise<Job[]> {
  const imagine = createImagine({ journal });
  const records: JobRecord[] = await imagine.jobs();
  for (const record of records) console.log(record.id, record.job.status, record.quote?.usd);
  return imagine.resume({ timeoutMs: 15 * 60_000, onProgress: (job) => console.log(job.id, job.status) });
}
