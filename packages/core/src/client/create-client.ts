import { systemClock } from '../clock/clock.ts';
import { silentLogger } from '../clock/logger.ts';
import { UnsupportedError } from '../errors/unsupported-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { parseJobId } from '../job/job-id.ts';
import { isTerminal, type Job } from '../job/job.ts';
import { jobChanged } from '../poll/job-changed.ts';
import { waitForJob } from '../poll/wait-for-job.ts';
import { costFromQuote } from '../pricing/cost-from-quote.ts';
import type { Quote } from '../pricing/quote.ts';
import { checkCapabilities } from '../provider/check-capabilities.ts';
import type { AdapterContext, ProviderAdapter, SubmitContext } from '../provider/provider-adapter.ts';
import { normalizeRequest } from '../request/normalize-request.ts';
import type { GenerationRequest } from '../request/request-schemas.ts';
import type { RequestType } from '../request/request-types.ts';
import { acquireJobSlot } from './acquire-job-slot.ts';
import { assertJobDone } from './assert-job-done.ts';
import type { ClientOptions, ImagineClient, SubmitOptions, WaitOptions } from './client-types.ts';
import { enrichJob, JobMemory } from './job-memory.ts';
import { JobSlots } from './job-slots.ts';
import { resolveRequestMedia } from './resolve-request-media.ts';
import { submitWithReconcile } from './submit-with-reconcile.ts';

/**
 * The neutral client over one provider adapter. It validates requests and applies core's defaults,
 * checks them against the provider's capabilities, quotes, reads media, holds submissions beyond
 * the provider's concurrent-job limit, creates jobs (reconciling a lost submission where the adapter
 * can), and polls with backoff. The adapter only maps.
 */
export function createClient(adapter: ProviderAdapter, options: ClientOptions = {}): ImagineClient {
  const provider = adapter.id;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const random = options.random ?? Math.random;
  const memory = new JobMemory();
  const limit = options.maxConcurrentJobs ?? adapter.capabilities.maxConcurrentJobs;
  const slots = new JobSlots(limit === false ? undefined : limit);

  function prepare(request: GenerationRequest) {
    const normalized = normalizeRequest(request);
    const warnings = checkCapabilities(provider, adapter.capabilities, normalized.request, {
      explicitFields: normalized.explicitFields,
      strict: options.strict ?? false,
    });
    return { ...normalized, warnings };
  }

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
    return { signal, clock, logger, type: memory.get(id)?.type ?? type };
  }

  /** Records a job the client has seen (slots, memory) and reports a change to `onJobUpdate`. */
  async function observe(job: Job): Promise<Job> {
    const record = memory.get(job.id);
    const seen = enrichJob(job, record);
    memory.set(job.id, { warnings: [], ...record, last: seen });
    if (isTerminal(seen)) slots.release(seen.id);
    else slots.hold(seen.id);
    if (jobChanged(record?.last, seen)) await options.onJobUpdate?.(seen);
    return seen;
  }

  async function get(id: string, lookup: { signal?: AbortSignal; type?: RequestType } = {}): Promise<Job> {
    const providerJobId = providerJobIdOf(id);
    return observe(await adapter.refresh(providerJobId, context(id, lookup.signal, lookup.type)));
  }

  async function waitFrom(id: string, initial: Job | undefined, wait: WaitOptions): Promise<Job> {
    const providerJobId = providerJobIdOf(id);
    return waitForJob({
      jobId: id,
      provider,
      refresh: async (signal) =>
        observe(await adapter.refresh(providerJobId, context(id, signal, wait.type))),
      initial,
      clock,
      random,
      timeoutMs: wait.timeoutMs ?? options.waitTimeoutMs,
      signal: wait.signal,
      onProgress: wait.onProgress,
      poll: { ...options.poll, ...wait.poll },
      hint: adapter.pollHint,
      maxConsecutiveErrors: options.maxConsecutivePollErrors,
      logger,
    });
  }

  async function submit(request: GenerationRequest, submitOptions: SubmitOptions = {}): Promise<Job> {
    const { request: normalized, explicitFields, warnings } = prepare(request);
    const { signal, webhook } = submitOptions;
    if (webhook && !adapter.capabilities.webhooks) {
      throw new UnsupportedError(`${provider} does not support webhooks; poll with wait() instead.`, {
        provider,
        code: 'webhooks_unsupported',
      });
    }
    const quote: Quote = adapter.quote(normalized);
    const providerRequest = await resolveRequestMedia(normalized, { ...options, explicitFields });
    await acquireJobSlot({
      slots,
      clock,
      random,
      poll: options.poll,
      hint: adapter.pollHint,
      signal,
      logger,
      provider,
      refresh: (id) => get(id, { signal }),
    });
    let created: Job;
    try {
      const ctx: SubmitContext = { signal, clock, logger, type: normalized.type, webhook };
      created = await submitWithReconcile(adapter, providerRequest, ctx);
    } finally {
      slots.unreserve();
    }
    const job: Job = { ...created, warnings: [...warnings, ...created.warnings] };
    if (!job.cost) {
      const cost = costFromQuote(quote);
      if (cost) job.cost = cost;
    }
    memory.set(job.id, { type: normalized.type, warnings, catalogCost: costFromQuote(quote), last: job });
    if (isTerminal(job)) slots.release(job.id);
    else slots.hold(job.id);
    await options.onSubmitted?.(job, { request, quote });
    return job;
  }

  return {
    provider,
    submit,
    get,
    wait: async (id, wait = {}) => waitFrom(id, memory.get(id)?.last, wait),
    async generate(request, generateOptions = {}) {
      const job = await submit(request, generateOptions);
      // A job already done (a synchronous image) ends the wait at once, without a status read.
      return assertJobDone(await waitFrom(job.id, job, generateOptions));
    },
    async cancel(id, lookup = {}) {
      const providerJobId = providerJobIdOf(id);
      if (!adapter.cancel) {
        throw new UnsupportedError(
          `${provider} has no cancel endpoint; job ${id} runs until it ends (it may still be charged).`,
          { provider, code: 'cancel_unsupported' },
        );
      }
      return observe(await adapter.cancel(providerJobId, context(id, lookup.signal, lookup.type)));
    },
    quote: (request) => adapter.quote(prepare(request).request),
  };
}
