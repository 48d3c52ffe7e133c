import { systemClock } from '../clock/clock.ts';
import { silentLogger } from '../clock/logger.ts';
import { ResponseValidationError } from '../errors/response-validation-error.ts';
import { UnsupportedError } from '../errors/unsupported-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { buildJob, type JobFacts } from '../job/build-job.ts';
import { parseJobId } from '../job/job-id.ts';
import { isTerminal, type Job } from '../job/job.ts';
import { Ledger } from '../ledger/ledger.ts';
import { checkWaitOptions } from '../request/check-wait-options.ts';
import type { NamedStatusResult } from '../provider/adapter-result.ts';
import type { AdapterContext, ProviderAdapter } from '../provider/provider-adapter.ts';
import type { RequestType } from '../request/request-types.ts';
import { assertJobDone } from './assert-job-done.ts';
import { createClientPolling } from './client-polling.ts';
import type { ClientRuntime } from './client-runtime.ts';
import type { ClientOptions, ImagineClient, JobLookupOptions, WaitOptions } from './client-types.ts';
import { JobMemory } from './job-memory.ts';
import { JobSlots } from './job-slots.ts';
import { prepareRequest } from './prepare-request.ts';
import { reconcileEntry } from './reconcile-entry.ts';
import { settleStartFailure } from './settle-start-failure.ts';
import { submitJob } from './submit-job.ts';

function guessType(result: NamedStatusResult): RequestType {
  if (result.type) return result.type;
  const outputs = result.status === 'done' ? result.outputs : [];
  return outputs.some((output) => output.mimeType.startsWith('image/')) ? 'text-to-image' : 'text-to-video';
}

/**
 * The neutral client over one provider adapter. It normalizes and checks each request once, plans it,
 * writes the ledger (intent before the create request, then the outcome), builds every `Job` from the
 * adapter's small status union, holds submissions beyond the provider's concurrent-job limit, and
 * polls with backoff. The adapter only maps.
 */
export function createClient(adapter: ProviderAdapter, options: ClientOptions = {}): ImagineClient {
  const provider = adapter.id;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const ledger = options.ledger ?? new Ledger({ clock });
  const foreign = new JobMemory();
  const limit = options.maxConcurrentJobs ?? adapter.capabilities.maxConcurrentJobs;
  const slots = new JobSlots(limit === false ? undefined : limit);
  const strict = options.strict ?? false;

  function providerJobIdOf(id: string): string {
    const parsed = parseJobId(id);
    if (parsed.provider !== provider) {
      throw new ValidationError(
        `Job ${id} belongs to ${parsed.provider}, but this client talks to ${provider}; use a ${parsed.provider} client.`,
        { provider, field: 'id', value: id, allowed: `"${provider}:<provider job id>"` },
      );
    }
    return parsed.providerJobId;
  }

  function context(id: string, signal: AbortSignal | undefined, type?: RequestType): AdapterContext {
    return { signal, clock, logger, type: ledger.entryOfJob(id)?.type ?? foreign.get(id)?.type ?? type };
  }

  /** What core knows of a job besides an answer: the ledger's entry, else what this client saw. */
  function factsOf(
    id: string,
    providerJobId: string,
    result: NamedStatusResult,
    type?: RequestType,
  ): JobFacts {
    const entry = ledger.entryOfJob(id);
    if (entry) {
      return {
        provider,
        providerJobId,
        type: entry.type,
        createdAt: entry.job?.createdAt ?? entry.intentAt,
        warnings: entry.job?.warnings,
        quote: entry.quote,
        submissionId: entry.submissionId,
      };
    }
    const known = foreign.get(id);
    const facts = {
      type: known?.type ?? type ?? guessType(result),
      createdAt: known?.createdAt ?? result.createdAt ?? new Date(clock.now()).toISOString(),
    };
    foreign.set(id, { ...known, ...facts });
    return { provider, providerJobId, ...facts };
  }

  function lastSeen(id: string): Job | undefined {
    return ledger.entryOfJob(id)?.job ?? foreign.get(id)?.last;
  }

  async function observe(job: Job): Promise<Job> {
    const record = foreign.get(job.id);
    if (record) foreign.set(job.id, { ...record, last: job });
    await ledger.recordJob(job);
    if (isTerminal(job)) {
      slots.release(job.id);
      polling.settle(job);
    } else slots.hold(job.id);
    return job;
  }

  async function read(
    id: string,
    lookup: JobLookupOptions,
    call: (providerJobId: string, ctx: AdapterContext) => Promise<NamedStatusResult>,
  ): Promise<Job> {
    const providerJobId = providerJobIdOf(id);
    const result = await call(providerJobId, context(id, lookup.signal, lookup.type));
    if (result.providerJobId !== undefined && result.providerJobId !== providerJobId) {
      throw new ResponseValidationError(
        `${provider}: asked for job ${providerJobId}, the answer is about ${String(result.providerJobId).slice(0, 80)}.`,
        { provider, rawText: '', code: 'job_id_mismatch', requestId: providerJobId },
      );
    }
    return observe(buildJob(factsOf(id, providerJobId, result, lookup.type), result, clock.now()));
  }

  const get = (id: string, lookup: JobLookupOptions = {}) =>
    read(id, lookup, (providerJobId, ctx) => adapter.status(providerJobId, ctx));

  const runtime: ClientRuntime = {
    adapter,
    ledger,
    slots,
    clock,
    logger,
    random: options.random ?? Math.random,
    options,
    observe,
    // Set once the polling part below exists.
    watchHeld: () => ({ sync() {}, stop() {} }),
  };

  const polling = createClientPolling({
    adapter,
    options,
    clock,
    logger,
    random: runtime.random,
    ledger,
    slots,
    refresh: (id, signal, wait) => get(id, { signal, type: wait.type }),
    lastSeen,
  });
  runtime.watchHeld = polling.watchHeld;

  async function waitFrom(id: string, initial: Job | undefined, wait: WaitOptions): Promise<Job> {
    providerJobIdOf(id);
    checkWaitOptions(wait);
    return polling.wait(id, initial, wait);
  }

  const prepare = (request: Parameters<ImagineClient['prepare']>[0]) =>
    prepareRequest(adapter, request, strict);
  const submitPrepared: ImagineClient['submitPrepared'] = (prepared, submitOptions) =>
    submitJob(runtime, prepared, submitOptions);
  // A request the checks refuse never left the process: like every error of a create, it says so
  // (`accepted: 'no'`), and it rejects the returned promise rather than throwing synchronously.
  const prepareToSubmit = (request: Parameters<ImagineClient['prepare']>[0]) => {
    try {
      return prepare(request);
    } catch (error) {
      throw settleStartFailure(error, false, provider).error;
    }
  };

  return {
    provider,
    ledger,
    prepare,
    submitPrepared,
    submit: async (request, submitOptions) => submitPrepared(prepareToSubmit(request), submitOptions),
    get,
    wait: async (id, wait = {}) => waitFrom(id, lastSeen(id), wait),
    async generate(request, generateOptions = {}) {
      // The wait's options are checked before the job is paid for, not after.
      const prepared = prepareToSubmit(request);
      try {
        checkWaitOptions(generateOptions);
      } catch (error) {
        throw settleStartFailure(error, false, provider).error;
      }
      const job = await submitPrepared(prepared, generateOptions);
      // A job already done (a synchronous image) ends the wait at once, without a status read.
      return assertJobDone(await waitFrom(job.id, job, generateOptions));
    },
    async cancel(id, lookup = {}) {
      providerJobIdOf(id);
      const cancel = adapter.cancel?.bind(adapter);
      if (!cancel) {
        throw new UnsupportedError(
          `${provider} has no cancel endpoint; job ${id} runs until it ends (it may still be charged).`,
          { provider, code: 'cancel_unsupported' },
        );
      }
      return read(id, lookup, cancel);
    },
    quote: (request) => prepare(request).plan.quote,
    async reconcile(submissionId, reconcileOptions = {}) {
      await ledger.ready();
      const entry = ledger.entry(submissionId);
      if (!entry || entry.provider !== provider) {
        throw new ValidationError(`No ${provider} submission ${submissionId} in the ledger.`, {
          provider,
          field: 'submissionId',
          value: submissionId,
          allowed: 'the id of a ledger entry of this provider',
        });
      }
      if (entry.state === 'accepted' && entry.job) return { outcome: 'found', job: entry.job };
      if (entry.state === 'refused')
        return { outcome: 'none', reason: 'it was refused: nothing was created' };
      const outcome = await reconcileEntry(runtime, entry, reconcileOptions.signal);
      if (outcome.outcome === 'found') await observe(outcome.job);
      return outcome;
    },
    async account(accountOptions = {}) {
      if (!adapter.account) {
        return { provider, supported: false, note: `${provider} has no account endpoint.` };
      }
      return adapter.account({ signal: accountOptions.signal, clock, logger });
    },
  };
}
