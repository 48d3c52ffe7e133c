/**
 * The journal is the paid-job ledger: each submission's intent is on disk before the create request
 * leaves, then its outcome. After a crash, `resume` settles everything: nothing is lost, nothing is
 * paid twice, and what cannot be proven either way is reported — never sent again on its own.
 */
import {
  createImagine,
  type LedgerEntry,
  type ResumeReport,
  SubmissionUncertainError,
} from '@grok-imagine/sdk/node';

const journal = { file: '.grok-imagine/jobs.jsonl' };

/** A batch that can be killed and run again: each item has a stable idempotency key. */
export async function runBatch(prompts: string[]): Promise<void> {
  const imagine = createImagine({ journal });
  for (const [i, prompt] of prompts.entries()) {
    try {
      // A key the journal already holds creates nothing: the accepted job comes back instead.
      const job = await imagine.submit(
        { type: 'text-to-video', prompt, duration: 6 },
        { key: `batch-1/${i}` },
      );
      console.log(job.id, job.status);
    } catch (error) {
      if (!SubmissionUncertainError.isInstance(error)) throw error;
      // The answer was lost: the job may exist and be charged. It stays in the journal as uncertain.
      console.warn(`item ${i}: uncertain (${error.submissionId}); run resume() later`);
    }
  }
}

/** In a later process: settle the journal, then look at what is left. */
export async function resumeAfterCrash(): Promise<ResumeReport> {
  const imagine = createImagine({ journal });
  const report = await imagine.resume({ timeoutMs: 15 * 60_000 });
  for (const job of report.jobs) console.log(job.id, job.status, job.cost?.usd);
  for (const item of report.uncertain) console.warn(item.submissionId, item.reason, item.hint);
  return report;
}

/** After checking the provider's dashboard: send an uncertain submission again, by name. */
export async function resubmitChecked(submissionId: string): Promise<string | undefined> {
  const imagine = createImagine({ journal });
  const entries: LedgerEntry[] = await imagine.jobs();
  const entry = entries.find((candidate) => candidate.submissionId === submissionId);
  if (entry?.state !== 'uncertain') return undefined;
  const job = await imagine.resubmit(submissionId);
  return job.id;
}
