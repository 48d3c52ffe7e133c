import { buildJob } from '../job/build-job.ts';
import { encodeJobId, providerJobIdProblem } from '../job/job-id.ts';
import type { LedgerEntry } from '../ledger/ledger-types.ts';
import type { ClientRuntime } from './client-runtime.ts';
import type { ReconcileOutcome } from './client-types.ts';
import { toLedgerError } from './ledger-error.ts';

/**
 * Asks the adapter to find the job of an unresolved entry, by evidence, and records the outcome:
 * `found` → accepted (with a `reconciled` warning); `ambiguous` → stays uncertain with the
 * candidates; `none` → stays as it was. A failing search is `none`: the entry stays uncertain.
 * Never sends a create request.
 */
export async function reconcileEntry(
  runtime: ClientRuntime,
  entry: LedgerEntry,
  signal: AbortSignal | undefined,
): Promise<ReconcileOutcome> {
  const { adapter, ledger, clock, logger } = runtime;
  if (!adapter.reconcile) return { outcome: 'none', reason: `${adapter.id} cannot list jobs to look for it` };
  let result: Awaited<ReturnType<NonNullable<typeof adapter.reconcile>>>;
  try {
    result = await adapter.reconcile(
      {
        request: entry.request,
        route: entry.route,
        submittedAt: Date.parse(entry.intentAt),
        isOwned: (providerJobId) => ledger.ownsJob(encodeJobId(adapter.id, providerJobId)),
      },
      { signal, clock, logger, type: entry.type },
    );
  } catch (error) {
    logger.warn?.(`${adapter.id}: could not reconcile submission ${entry.submissionId}`, {
      reason: toLedgerError(error).name,
    });
    return { outcome: 'none', reason: `the job list could not be read (${toLedgerError(error).message})` };
  }
  if (result.outcome === 'ambiguous') {
    const candidates = result.candidates.map((id) => encodeJobId(adapter.id, id));
    await ledger.recordUncertain(
      entry.submissionId,
      entry.error ?? toLedgerError(new Error('ambiguous')),
      candidates,
    );
    return { outcome: 'ambiguous', candidates };
  }
  if (result.outcome === 'none' || providerJobIdProblem(result.job.providerJobId)) {
    return { outcome: 'none', reason: 'no job of the provider matches it by evidence' };
  }
  // Core holds the line too: a job another submission owns is never handed to a second call.
  if (ledger.ownsJob(encodeJobId(adapter.id, result.job.providerJobId))) {
    return { outcome: 'none', reason: 'the only match already belongs to another submission' };
  }
  const job = buildJob(
    {
      provider: adapter.id,
      providerJobId: result.job.providerJobId,
      type: entry.type,
      createdAt: result.job.createdAt ?? entry.intentAt,
      warnings: [
        {
          type: 'reconciled',
          provider: adapter.id,
          message: "The submission's answer was lost; this job was found by listing the provider's jobs.",
        },
      ],
      quote: entry.quote,
      submissionId: entry.submissionId,
    },
    result.job,
    clock.now(),
  );
  await ledger.recordAccepted(entry.submissionId, job, 'reconcile');
  logger.info?.(`${adapter.id}: found job ${job.id} of submission ${entry.submissionId}`);
  return { outcome: 'found', job };
}
