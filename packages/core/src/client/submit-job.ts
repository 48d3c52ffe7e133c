import type { GrokImagineError } from '../errors/grok-imagine-error.ts';
import { ResponseValidationError } from '../errors/response-validation-error.ts';
import { SubmissionUncertainError } from '../errors/submission-uncertain-error.ts';
import { UnsupportedError } from '../errors/unsupported-error.ts';
import { buildJob } from '../job/build-job.ts';
import { providerJobIdProblem } from '../job/job-id.ts';
import { isTerminal, type Job } from '../job/job.ts';
import type { LedgerEntry } from '../ledger/ledger-types.ts';
import { ledgerRequest } from '../ledger/ledger-request.ts';
import type { StartResult } from '../provider/adapter-result.ts';
import type { CreateAttempt } from '../provider/provider-adapter.ts';
import type { ProviderRequest } from '../request/normalized-request.ts';
import { acquireJobSlot } from './acquire-job-slot.ts';
import type { ClientRuntime } from './client-runtime.ts';
import type { SubmitOptions } from './client-types.ts';
import { toLedgerError } from './ledger-error.ts';
import type { PreparedRequest } from './prepare-request.ts';
import { reconcileEntry } from './reconcile-entry.ts';
import { isTextOnly, resolveRequestMedia } from './resolve-request-media.ts';
import { settleStartFailure } from './settle-start-failure.ts';

function refusedBeforeSending(error: unknown, provider: ClientRuntime['adapter']['id']): never {
  throw settleStartFailure(error, false, provider).error;
}

/** What an earlier submission with the same idempotency key became, as `submit` answers it. */
function answerFromKey(entry: LedgerEntry): Job {
  if (entry.state === 'accepted' && entry.job) return entry.job;
  throw new SubmissionUncertainError(
    `A submission with key "${entry.key}" (${entry.submissionId}) is ${entry.state === 'intent' ? 'still without an answer' : 'uncertain'} on ${entry.provider}; it is not sent again. Check it with resume() first.`,
    {
      provider: entry.provider,
      submissionId: entry.submissionId,
      request: entry.request,
      candidates: entry.candidates,
    },
  );
}

async function uncertain(
  runtime: ClientRuntime,
  entry: LedgerEntry,
  cause: GrokImagineError,
  signal: AbortSignal | undefined,
): Promise<Job> {
  await runtime.ledger.recordUncertain(entry.submissionId, toLedgerError(cause));
  const found = runtime.adapter.reconcile ? await reconcileEntry(runtime, entry, signal) : undefined;
  if (found?.outcome === 'found') return found.job;
  const candidates = found?.outcome === 'ambiguous' ? found.candidates : [];
  throw new SubmissionUncertainError(cause.message, {
    provider: entry.provider,
    status: cause.status,
    cause: cause.cause ?? cause,
    submissionId: entry.submissionId,
    request: entry.request,
    candidates,
  });
}

/**
 * Submits a prepared request: resolves media, takes a concurrent-job slot, lets the caller admit it
 * (budget), writes the intent durably, then sends the create request and records the outcome. Every
 * error carries `accepted`; an unknown outcome is reconciled where the adapter can, else thrown as
 * `SubmissionUncertainError` — never sent again.
 */
export async function submitJob(
  runtime: ClientRuntime,
  prepared: PreparedRequest,
  options: SubmitOptions = {},
): Promise<Job> {
  const { adapter, ledger, slots, clock, logger } = runtime;
  const provider = adapter.id;
  const { signal, webhook } = options;
  let providerRequest: ProviderRequest;
  try {
    if (!ledger.loaded) await ledger.ready();
    if (options.key !== undefined) {
      const earlier = await ledger.entryOfKey(options.key);
      if (earlier && earlier.state !== 'refused') return answerFromKey(earlier);
    }
    if (webhook && !adapter.capabilities.webhooks) {
      throw new UnsupportedError(`${provider} does not support webhooks; poll with wait() instead.`, {
        provider,
        code: 'webhooks_unsupported',
      });
    }
    providerRequest = isTextOnly(prepared.request)
      ? prepared.request
      : await resolveRequestMedia(prepared.request, {
          ...runtime.options,
          explicitFields: prepared.explicitFields,
        });
    // A free slot is taken here without a round through the waiting path.
    if (!slots.tryReserve())
      await acquireJobSlot({ slots, signal, logger, provider, watchHeld: runtime.watchHeld });
  } catch (error) {
    refusedBeforeSending(error, provider);
  }
  const intent = {
    submissionId: globalThis.crypto.randomUUID(),
    provider,
    type: prepared.request.type,
    request: ledgerRequest(prepared.request),
    quote: prepared.plan.quote,
    route: prepared.plan.route,
    key: options.key,
    callId: options.callId,
  };
  // Checked again in the tick the intent is written: a concurrent submit with the same key may have
  // written its own intent while this one resolved media or waited for a slot.
  const racing = options.key === undefined ? undefined : ledger.heldEntryOfKey(options.key);
  if (racing && racing.state !== 'refused') {
    slots.unreserve();
    return answerFromKey(racing);
  }
  let entry: LedgerEntry;
  try {
    runtime.options.admit?.(prepared, ledger);
    const recorded = ledger.recordIntent(intent);
    entry = recorded.entry;
    await recorded.durable;
  } catch (error) {
    slots.unreserve();
    if (ledger.entry(intent.submissionId))
      await ledger.recordRefused(intent.submissionId, toLedgerError(error)).catch(() => {});
    refusedBeforeSending(error, provider);
  }
  const attempt: CreateAttempt = { sent: false };
  let result: StartResult;
  try {
    result = await adapter.start(providerRequest, prepared.plan, {
      signal,
      clock,
      logger,
      type: prepared.request.type,
      webhook,
      attempt,
    });
  } catch (thrown) {
    const settled = settleStartFailure(thrown, attempt.sent, provider);
    if (settled.acceptance === 'no') {
      slots.unreserve();
      await ledger.recordRefused(entry.submissionId, toLedgerError(settled.error));
      throw settled.error;
    }
    // A job found by reconcile takes its slot before the reservation is given back.
    try {
      return await runtime.observe(await uncertain(runtime, entry, settled.error, signal));
    } finally {
      slots.unreserve();
    }
  }
  const problem = providerJobIdProblem(result.providerJobId);
  if (problem) {
    // An answer the SDK cannot use, like any other malformed answer; the id itself is not echoed.
    const error = new ResponseValidationError(
      `${provider}: the provider accepted the job but its id cannot be used: ${problem}.`,
      { provider, code: 'bad_job_id', rawText: '' },
    );
    try {
      return await runtime.observe(await uncertain(runtime, entry, error, signal));
    } finally {
      slots.unreserve();
    }
  }
  const job = buildJob(
    {
      provider,
      providerJobId: result.providerJobId,
      type: prepared.request.type,
      createdAt: new Date(clock.now()).toISOString(),
      warnings: prepared.warnings,
      quote: prepared.plan.quote,
      submissionId: entry.submissionId,
    },
    result,
    clock.now(),
  );
  // The job takes over the reservation's slot before it is given back: a submitter waiting for a
  // slot must not slip in while the ledger write below is in flight.
  if (!isTerminal(job)) slots.hold(job.id);
  slots.unreserve();
  try {
    await ledger.recordAccepted(entry.submissionId, job);
  } catch (cause) {
    throw new SubmissionUncertainError(
      `${provider} accepted job ${job.id}, but the ledger could not record it; keep this id to wait on it.`,
      { provider, requestId: job.id, submissionId: entry.submissionId, candidates: [job.id], cause },
    );
  }
  return job;
}
