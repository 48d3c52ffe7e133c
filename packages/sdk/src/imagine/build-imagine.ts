import {
  assertJobDone,
  GrokImagineError,
  isTerminal,
  type Job,
  type JobLookupOptions,
  type MediaFileReader,
  parseJobId,
} from '@grok-imagine/core';
import { SpendTracker } from '../budget/spend-tracker.ts';
import type { ResolvedConfig } from '../config/resolve-config.ts';
import { JobJournal } from '../journal/job-journal.ts';
import type { JobStore } from '../journal/job-store.ts';
import { MemoryJobStore } from '../journal/memory-job-store.ts';
import { createProviderPool } from '../providers/provider-pool.ts';
import type { RoutedJob } from '../routing/routing-record.ts';
import { submitWithFallback } from '../routing/submit-with-fallback.ts';
import type { Imagine } from './imagine-types.ts';
import { withJournaledCost } from './journaled-cost.ts';
import { resumeJobs } from './resume-jobs.ts';

/** What the runtime entry adds to a resolved configuration. */
export interface ImagineRuntime {
  /** Reads `{ path }` media inputs (Node entry). */
  readFile?: MediaFileReader;
  /** Journal used when the configuration names none. */
  defaultStore?: JobStore;
}

/** Builds an `Imagine` over a resolved configuration; the entry points' `createImagine` call this. */
export function buildImagine(config: ResolvedConfig, runtime: ImagineRuntime = {}): Imagine {
  const journal = new JobJournal(config.store ?? runtime.defaultStore ?? new MemoryJobStore());
  const tracker = new SpendTracker();
  const seen = async (job: Job): Promise<Job> => {
    tracker.update(job);
    await journal.updated(job);
    return job;
  };
  const pool = createProviderPool(
    config,
    {
      onSubmitted: async (job, { request, quote }) => {
        tracker.accept(job, quote);
        try {
          await journal.submitted(job, request, quote);
        } catch (cause) {
          // The job exists and may be charged: the error must at least name it.
          throw new GrokImagineError(
            `Job ${job.id} was accepted by ${job.provider} but could not be journaled; keep its id to wait on it.`,
            { provider: job.provider, requestId: job.id, code: 'journal_failed', cause },
          );
        }
      },
      onJobUpdate: async (job) => {
        await seen(job);
      },
    },
    runtime.readFile,
  );
  const fallback = {
    order: config.order,
    pool,
    strict: config.strict,
    budget: config.budget,
    tracker,
    journal,
    logger: config.logger,
  };
  // Job ids carry their provider: route there whatever the configuration says now.
  const owner = (id: string) => pool.connected(parseJobId(id).provider);
  // A job from the journal (another process, an earlier run) gets its request type back.
  const lookup = async <T extends JobLookupOptions>(id: string, options: T | undefined): Promise<T> => {
    const given = options ?? ({} as T);
    if (given.type) return given;
    const type = await journal.typeOf(id);
    return type ? { ...given, type } : given;
  };
  // A journaled job that already ended cannot change (and xAI keeps no record of images to read
  // again): answer from the journal. Otherwise ask the provider, and restore the journaled cost.
  const read = async <T extends JobLookupOptions>(
    id: string,
    options: T | undefined,
    call: (o: T) => Promise<Job>,
  ) => {
    const record = await journal.find(id);
    if (record && isTerminal(record.job)) return withJournaledCost(record.job, record);
    return seen(withJournaledCost(await call(await lookup(id, options)), record));
  };

  const imagine: Imagine = {
    provider: config.provider,
    order: config.order,
    submit: (request, options) => submitWithFallback(fallback, request, options),
    get: (id, options) => read(id, options, (o) => owner(id).get(id, o)),
    wait: (id, options) => read(id, options, (o) => owner(id).wait(id, o)),
    cancel: async (id, options) => seen(await owner(id).cancel(id, await lookup(id, options))),
    async generate(request, options) {
      const job = await submitWithFallback(fallback, request, options);
      const last = isTerminal(job)
        ? job
        : await seen(await pool.connected(job.provider).wait(job.id, options));
      const routed: RoutedJob = { ...last, routing: job.routing };
      assertJobDone(routed);
      return routed;
    },
    quote: (request, options) => pool.client(options?.provider ?? config.provider).quote(request),
    jobs: () => journal.store.list(),
    resume: (options) => resumeJobs(journal.store, imagine, options),
    spend: () => tracker.spend(),
  };
  return imagine;
}
