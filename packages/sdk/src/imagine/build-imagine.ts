import {
  assertJobDone,
  checkWaitOptions,
  GrokImagineError,
  isTerminal,
  type Job,
  Ledger,
  type LedgerStore,
  type MediaFileReader,
  parseJobId,
} from '@grok-imagine/core';
import { checkBudget } from '../budget/check-budget.ts';
import { allowsPrivateHosts } from '../config/allows-private-hosts.ts';
import type { ResolvedConfig } from '../config/resolve-config.ts';
import { providerNotIncluded } from '../providers/create-adapter.ts';
import type { ProviderModules } from '../providers/provider-module.ts';
import { createProviderPool } from '../providers/provider-pool.ts';
import type { RoutedJob } from '../routing/routing-record.ts';
import { submitWithFallback } from '../routing/submit-with-fallback.ts';
import type { Imagine } from './imagine-types.ts';
import { resubmit } from './resubmit.ts';
import { resumeJobs } from './resume-jobs.ts';

/** What the runtime entry adds to a resolved configuration. */
export interface ImagineRuntime {
  /** The providers this instance can use (the entry decides: all, or one). */
  modules: ProviderModules;
  /** Reads `{ path }` media inputs (Node entry). */
  readFile?: MediaFileReader;
  /** Ledger store used when the configuration names none (the Node entry's journal file). */
  defaultStore?: LedgerStore;
}

/** Builds an `Imagine` over a resolved configuration; the entry points' `createImagine` call this. */
export function buildImagine(config: ResolvedConfig, runtime: ImagineRuntime): Imagine {
  // A provider the configuration routes to must be one this entry can build, said now, not at a call.
  for (const provider of config.order)
    if (!runtime.modules[provider]) throw providerNotIncluded(provider, runtime.modules);
  const ledger = new Ledger({
    store: config.store ?? runtime.defaultStore,
    clock: config.clock,
    maxSettledEntries: config.maxSettledEntries,
  });
  // The budget is checked right before each intent is written, against the ledger's running spend
  // (which already counts every submission in flight), so concurrent calls cannot overrun it.
  const admit = (prepared: { plan: { quote: Parameters<typeof checkBudget>[1] } }, current: Ledger) =>
    checkBudget(config.budget, prepared.plan.quote, current.spend().usdTicks);
  const pool = createProviderPool(config, ledger, admit, runtime.readFile, runtime.modules);
  const fallback = { order: config.order, pool, strict: config.strict, logger: config.logger };
  // Job ids carry their provider: route there whatever the configuration says now.
  const owner = (id: string) => pool.connected(parseJobId(id).provider);
  // A job the ledger saw end cannot change (and xAI keeps no record of images to read again).
  const finished = async (id: string): Promise<Job | undefined> => {
    if (!ledger.loaded) await ledger.ready();
    const job = ledger.entryOfJob(id)?.job;
    return job && isTerminal(job) ? job : undefined;
  };

  const imagine: Imagine = {
    provider: config.provider,
    order: config.order,
    submit: (request, options) => submitWithFallback(fallback, request, options),
    get: async (id, options) => (await finished(id)) ?? owner(id).get(id, options),
    wait: async (id, options) => (await finished(id)) ?? owner(id).wait(id, options),
    cancel: async (id, options) => owner(id).cancel(id, options),
    async generate(request, options) {
      // A bad wait option is refused before the job is paid for (nothing sent: accepted 'no').
      try {
        checkWaitOptions(options);
      } catch (error) {
        if (GrokImagineError.isInstance(error)) error.accepted = 'no';
        throw error;
      }
      const job = await submitWithFallback(fallback, request, options);
      const last = isTerminal(job) ? job : await pool.connected(job.provider).wait(job.id, options);
      const routed: RoutedJob = last === job ? job : { ...last, routing: job.routing };
      assertJobDone(routed);
      return routed;
    },
    quote: (request, options) => pool.client(options?.provider ?? config.provider).quote(request),
    jobs: async () => {
      await ledger.ready();
      return ledger.entries();
    },
    entry: async (jobId) => {
      await ledger.ready();
      return ledger.entryOfJob(jobId);
    },
    resume: (options) => resumeJobs(ledger, pool, (id, o) => imagine.wait(id, o), options),
    resubmit: (submissionId, options) =>
      resubmit(ledger, (request, o) => submitWithFallback(fallback, request, o), submissionId, options),
    spend: () => ledger.spend(),
    capabilities: (provider = config.provider) => pool.adapter(provider).capabilities,
    prices: (provider = config.provider) => pool.adapter(provider).prices,
    allowsPrivateHosts: (provider = config.provider) => allowsPrivateHosts(config, provider),
    // A provider without an account endpoint answers `supported: false` without a key or a request;
    // async, so a missing key rejects the promise rather than throwing before there is one.
    account: async (provider = config.provider) =>
      (pool.adapter(provider).account ? pool.connected(provider) : pool.client(provider)).account(),
  };
  return imagine;
}
