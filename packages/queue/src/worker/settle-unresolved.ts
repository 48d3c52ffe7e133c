import { type Job, ledgerJob, type ProviderId, SubmissionUncertainError } from '@grok-imagine/core';
import { createImagine, type Imagine } from '@grok-imagine/sdk/node';
import type { BatchItem } from '../batch/batch-types.ts';
import { uncertainHint } from '../batch/item-outcome.ts';
import { RedisLedgerStore } from '../ledger/redis-ledger-store.ts';
import { markUncertain, trackAccepted } from './settle-item.ts';
import type { WorkerRuntime } from './worker-runtime.ts';

/** `submit` with the item's key: the ledger answers (a job, or `SubmissionUncertainError`); nothing is sent. */
export async function answerByKey(imagine: Imagine, item: BatchItem): Promise<Job | undefined> {
  try {
    return await imagine.submit(item.request, { key: item.key });
  } catch (error) {
    if (SubmissionUncertainError.isInstance(error)) return undefined;
    throw error;
  }
}

/** Writes the accepted event this process holds but Redis lacks (its earlier write failed in an outage). */
export async function recordMissingAcceptance(rt: WorkerRuntime, item: BatchItem, job: Job): Promise<void> {
  const entry = await rt.reader.entryOfKey(item.key);
  if (!entry || entry.state === 'accepted') return;
  const store = new RedisLedgerStore({ connection: rt.client, prefix: rt.prefix, history: 'none' });
  const at = new Date(rt.clock.now()).toISOString();
  await store.append(
    [{ event: 'accepted', at, submissionId: entry.submissionId, job: ledgerJob(job), via: 'answer' }],
    {
      durable: true,
    },
  );
}

/**
 * Settles an item whose key the ledger holds as `intent` or `uncertain`: its create request was sent
 * and the answer never recorded (the worker died, or lost its lock, or Redis went away). Never sends
 * it again. First, this process may hold the answer itself; else a client of its own reconciles the
 * one entry where the provider can list jobs (`resume`: an intent left by a dead worker becomes
 * uncertain, a job found by evidence is accepted); what stays unknown ends `uncertain` with the
 * reason and what to check.
 */
export async function settleUnresolved(
  rt: WorkerRuntime,
  item: BatchItem,
  slotProvider: ProviderId,
): Promise<void> {
  const known = await answerByKey(rt.imagine, item);
  if (known) {
    await recordMissingAcceptance(rt, item, known);
    await trackAccepted(rt, item, known, slotProvider);
    return;
  }
  // A client whose ledger holds this one entry, so `resume` touches nothing else.
  const reconciler = createImagine({
    ...rt.config,
    store: new RedisLedgerStore({ connection: rt.client, prefix: rt.prefix, history: 'none' }),
  });
  const raced = await answerByKey(reconciler, item);
  if (raced) {
    await trackAccepted(rt, item, raced, slotProvider);
    return;
  }
  // A found job still running is not waited on here: the status stage follows it.
  const report = await reconciler.resume({ timeoutMs: 1 });
  const entry = (await reconciler.jobs()).find((candidate) => candidate.key === item.key);
  if (entry?.state === 'accepted' && entry.job) {
    await trackAccepted(rt, item, entry.job, slotProvider);
    return;
  }
  const unsettled = report.uncertain.find((u) => u.submissionId === entry?.submissionId);
  const provider = entry?.provider ?? slotProvider;
  await markUncertain(
    rt,
    item,
    {
      name: 'SubmissionUncertainError',
      code: 'submission_uncertain',
      message: `Sent${entry ? ` at ${entry.intentAt}` : ''} by a worker that stopped before it recorded the answer; ${
        unsettled?.reason ?? 'the provider cannot be asked for it'
      }. Not sent again.`,
      submissionId: entry?.submissionId,
      candidates: unsettled?.candidates.length ? unsettled.candidates : undefined,
      hint: unsettled?.hint ?? uncertainHint(provider, entry?.submissionId, entry?.intentAt),
    },
    provider,
    entry?.quote?.usdTicks,
  );
}
