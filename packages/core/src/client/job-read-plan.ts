import { durationKind, expectedDurationMs, type DurationFacts } from '../poll/expected-duration.ts';
import type { DurationLearner } from '../poll/duration-learner.ts';
import { DEFAULT_NEAR_INTERVAL_MS, resolvePollOptions } from '../poll/poll-schedule.ts';
import type { ReadBudget } from '../poll/read-budget.ts';
import { backoffScheduler, expectedEndScheduler } from '../poll/read-scheduler.ts';
import type { PollHint } from '../provider/provider-adapter.ts';
import type { PollOptions } from './client-types.ts';
import type { LoopPlan } from './job-pollers.ts';

/** What every read plan of one client shares. */
export interface ReadPlanContext {
  hint?: PollHint | undefined;
  random: () => number;
  learner: DurationLearner;
  /** The provider's read budget, shared by every job this client polls (by what each wants). */
  budget: ReadBudget;
}

/** What the client knows of a job when it starts polling it. */
export interface PolledJobFacts {
  /** When it was submitted (clock ms), if known. */
  createdAt: number | undefined;
  /** The request fields that drive its duration, if known. */
  request: DurationFacts | undefined;
}

/** True when the caller asked for the plain backoff: by name, or by setting its first wait or growth. */
function wantsBackoff(poll: PollOptions): boolean {
  if (poll.schedule) return poll.schedule === 'backoff';
  return poll.initialIntervalMs !== undefined || poll.factor !== undefined;
}

/**
 * How a new poll loop reads one job. By default reads cluster around the job's likely end: the
 * provider's expected duration for the request (corrected by the durations this client has seen),
 * refined by reported progress. Without a duration hint or submission time, or when the caller set a
 * backoff cadence, it is the plain growing backoff.
 */
export function readPlanFor(job: PolledJobFacts, poll: PollOptions, context: ReadPlanContext): LoopPlan {
  const resolved = resolvePollOptions(poll, context.hint);
  const backoff = backoffScheduler(resolved, context.random);
  const share = context.budget.join(resolved.initialIntervalMs);
  const hint = context.hint?.expected;
  if (!hint || job.createdAt === undefined || !job.request || wantsBackoff(poll)) {
    // The caller's cadence is kept as is; its reads still count against the budget the others share.
    return {
      scheduler: {
        nextDelay(attempt, now) {
          const delay = backoff.nextDelay(attempt, now);
          share.intervalMs(delay);
          return delay;
        },
        observe: () => {},
      },
      onStop: () => share.leave(),
    };
  }
  const { createdAt, request } = job;
  const kind = durationKind(request.type);
  const prior = expectedDurationMs(hint, request);
  const estimate = prior === undefined ? undefined : context.learner.estimate(kind, prior, hint.spread);
  const near = poll.nearIntervalMs ?? DEFAULT_NEAR_INTERVAL_MS;
  return {
    scheduler: expectedEndScheduler({
      createdAt,
      expectedMs: estimate?.expectedMs,
      spread: estimate?.spread ?? hint.spread,
      nearIntervalMs: near,
      withinBudget: share.intervalMs,
      maxIntervalMs: resolved.maxIntervalMs,
      jitter: resolved.jitter,
      random: context.random,
      fallback: backoff,
    }),
    onStop(end) {
      share.leave();
      if (prior === undefined || end.job?.status !== 'done' || end.endedAt === undefined) return;
      // It ended between the last read that saw it pending and the one that saw it done.
      const endedAround = ((end.lastPendingAt ?? createdAt) + end.endedAt) / 2;
      context.learner.record(kind, prior, endedAround - createdAt);
    },
  };
}
