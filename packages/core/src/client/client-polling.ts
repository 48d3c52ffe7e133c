import type { Clock } from '../clock/clock.ts';
import type { Logger } from '../clock/logger.ts';
import { isTerminal, type Job } from '../job/job.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { DurationLearner } from '../poll/duration-learner.ts';
import { ReadBudget } from '../poll/read-budget.ts';
import { DEFAULT_MAX_CONSECUTIVE_POLL_ERRORS, pollWaiter } from '../poll/wait-for-job.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import type { RequestType } from '../request/request-types.ts';
import type { HeldJobWatch } from './acquire-job-slot.ts';
import type { ClientOptions, PollOptions, WaitOptions } from './client-types.ts';
import { JobPollers, type LoopPlan } from './job-pollers.ts';
import { type PolledJobFacts, readPlanFor } from './job-read-plan.ts';
import type { JobSlots } from './job-slots.ts';
import { SlotKeeper } from './slot-keeper.ts';

/** Share of the provider's request budget status reads may take; the rest is left for submissions. */
const READ_SHARE = 0.8;

/** What the polling part of a client needs from the rest of it. */
export interface ClientPollingDeps {
  adapter: ProviderAdapter;
  options: ClientOptions;
  clock: Clock;
  logger: Logger;
  random: () => number;
  ledger: Ledger;
  slots: JobSlots;
  /** One status read (the client's `get`), recording what it sees. */
  refresh: (jobId: string, signal: AbortSignal, wait: WaitOptions) => Promise<Job>;
  /** The job as last seen by the client, if ever. */
  lastSeen: (jobId: string) => Job | undefined;
}

/** The client's waiting: `wait` on shared poll loops, and keepers for slot-waiting submitters. */
export interface ClientPolling {
  /** Waits on a job through its one poll loop. */
  wait(jobId: string, initial: Job | undefined, wait: WaitOptions): Promise<Job>;
  /** A job state the client saw (any read): a terminal one ends the job's loop without a read. */
  settle(job: Job): void;
  /** For `acquireJobSlot`: keeps held jobs polled while a submitter waits. */
  watchHeld(): HeldJobWatch;
  /** Poll loops running now. */
  readonly activeLoops: number;
}

/** Builds the polling part of one client. */
export function createClientPolling(deps: ClientPollingDeps): ClientPolling {
  const { adapter, options, clock, ledger } = deps;
  const pollers = new JobPollers({
    provider: adapter.id,
    clock,
    logger: deps.logger,
    refresh: (jobId, signal) => deps.refresh(jobId, signal, { type: types.get(jobId) }),
    maxConsecutiveErrors: options.maxConsecutivePollErrors ?? DEFAULT_MAX_CONSECUTIVE_POLL_ERRORS,
  });
  // The request type a wait() named for a job this client did not submit, while its loop runs.
  const types = new Map<string, RequestType>();
  const learner = new DurationLearner();
  const context = {
    hint: adapter.pollHint,
    random: deps.random,
    learner,
    // Status reads share the provider's budget by what each loop wants: with xAI's 60 requests a
    // minute, four jobs all wanting frequent reads get one each every 5.1 s, while a job near its
    // end may read more often when the others wait for theirs. Without it, reads of many jobs would
    // spend the minute's budget early and then stall (and hold submissions) until the window slides.
    budget: new ReadBudget(() => {
      const spacing = adapter.limiter?.spacingMs('*') ?? 0;
      return spacing === 0 ? Number.POSITIVE_INFINITY : READ_SHARE / spacing;
    }),
  };

  function factsOf(jobId: string, initial: Job | undefined): PolledJobFacts {
    const entry = ledger.entryOfJob(jobId);
    const seen = initial ?? deps.lastSeen(jobId);
    const createdAt = Date.parse(entry?.job?.createdAt ?? seen?.createdAt ?? '');
    return {
      createdAt: Number.isNaN(createdAt) ? undefined : createdAt,
      request: entry?.request ?? (seen ? { type: seen.type } : undefined),
    };
  }

  const planFor =
    (jobId: string, initial: Job | undefined, poll: PollOptions): (() => LoopPlan) =>
    () => {
      const plan = readPlanFor(factsOf(jobId, initial), poll, context);
      return {
        scheduler: plan.scheduler,
        onStop(end) {
          types.delete(jobId);
          plan.onStop?.(end);
        },
      };
    };

  const keeper = new SlotKeeper(deps.slots, (jobId, onEnd) =>
    pollers.keep(jobId, deps.lastSeen(jobId), planFor(jobId, undefined, { ...options.poll }), onEnd),
  );

  return {
    async wait(jobId, initial, wait) {
      const waiter = pollWaiter(
        {
          jobId,
          provider: adapter.id,
          timeoutMs: wait.timeoutMs ?? options.waitTimeoutMs,
          signal: wait.signal,
          onProgress: wait.onProgress,
        },
        clock,
      );
      if (initial && isTerminal(initial)) {
        await wait.onProgress?.(initial);
        return initial;
      }
      const poll = { ...options.poll, ...wait.poll };
      if (wait.type && !pollers.has(jobId)) types.set(jobId, wait.type);
      return pollers.wait(jobId, initial, waiter, planFor(jobId, initial, poll));
    },
    settle: (job) => pollers.settle(job),
    watchHeld: () => keeper.watch(),
    get activeLoops() {
      return pollers.size;
    },
  };
}
