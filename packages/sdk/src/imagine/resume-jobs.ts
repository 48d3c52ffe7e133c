import {
  GrokImagineError,
  type Job,
  type Ledger,
  type LedgerEntry,
  type ReconcileOutcome,
} from '@grok-imagine/core';
import type { ProviderPool } from '../providers/provider-pool.ts';
import type { ResumeOptions } from './imagine-types.ts';
import type { ResumeReport, UncertainSubmission } from './resume-report.ts';

const INTERRUPTED = {
  name: 'Interrupted',
  kind: 'sdk',
  message: 'The process ended after the create request was sent and before its answer was recorded.',
};

function hintFor(entry: LedgerEntry): string {
  const prompt = typeof entry.request.prompt === 'string' ? entry.request.prompt.slice(0, 80) : '';
  return (
    `Look in your ${entry.provider} account for a ${entry.type} job created after ${entry.intentAt}` +
    `${prompt ? ` with the prompt "${prompt}"` : ''}. If there is one, it is this submission (it may be charged); ` +
    `if there is none, send it again with resubmit("${entry.submissionId}") / \`grok-imagine resubmit ${entry.submissionId}\`.`
  );
}

function describe(entry: LedgerEntry, outcome: ReconcileOutcome): UncertainSubmission {
  const reason =
    outcome.outcome === 'ambiguous'
      ? `several ${entry.provider} jobs match it: ${outcome.candidates.join(', ')}`
      : outcome.outcome === 'none'
        ? outcome.reason
        : 'found';
  return {
    submissionId: entry.submissionId,
    provider: entry.provider,
    request: entry.request,
    intentAt: entry.intentAt,
    reason,
    candidates: outcome.outcome === 'ambiguous' ? outcome.candidates : (entry.candidates ?? []),
    hint: hintFor(entry),
  };
}

async function reconcileOne(pool: ProviderPool, entry: LedgerEntry, signal: AbortSignal | undefined) {
  try {
    return await pool.connected(entry.provider).reconcile(entry.submissionId, { signal });
  } catch (error) {
    const message = GrokImagineError.isInstance(error) ? error.message : String(error);
    return { outcome: 'none', reason: `it could not be looked up (${message})` } as const;
  }
}

/**
 * `resume`: every submission without a known outcome is reconciled where its provider can list jobs
 * (an `intent` left by a dead process becomes `uncertain` first); what cannot be settled is reported
 * with a hint, never sent again. Then every accepted job still pending is waited on; a wait that
 * fails is reported, not thrown, so one bad job does not hide the others.
 */
export async function resumeJobs(
  ledger: Ledger,
  pool: ProviderPool,
  wait: (id: string, options: ResumeOptions) => Promise<Job>,
  options: ResumeOptions = {},
): Promise<ResumeReport> {
  await ledger.ready();
  const { providers, ...waitOptions } = options;
  const wanted = (entry: LedgerEntry) => !providers || providers.includes(entry.provider);
  const uncertain: UncertainSubmission[] = [];
  for (const entry of ledger.unresolved().filter(wanted)) {
    if (entry.state === 'intent') await ledger.recordUncertain(entry.submissionId, INTERRUPTED);
    const outcome = await reconcileOne(pool, entry, options.signal);
    if (outcome.outcome !== 'found')
      uncertain.push(describe(ledger.entry(entry.submissionId) ?? entry, outcome));
  }
  const pending = ledger
    .entries()
    .filter((entry) => wanted(entry) && entry.state === 'accepted' && entry.job?.status === 'pending');
  const settled = await Promise.allSettled(
    pending.map((entry) => wait(entry.jobId as string, { ...waitOptions, type: entry.type })),
  );
  const report: ResumeReport = { jobs: [], uncertain, failed: [] };
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') report.jobs.push(result.value);
    else {
      const error = GrokImagineError.isInstance(result.reason)
        ? result.reason
        : new GrokImagineError(String(result.reason), { cause: result.reason });
      report.failed.push({ jobId: pending[i]!.jobId as string, error });
    }
  });
  return report;
}
