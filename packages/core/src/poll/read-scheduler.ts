import type { Job } from '../job/job.ts';
import { CompletionEstimate } from './completion-estimate.ts';
import { pollDelay, type ResolvedPollOptions, windowDelay } from './poll-schedule.ts';

/**
 * The shortest wait between reads near a job's end. Only a short job's narrow window gets this
 * close (the reads are a fifth of the window apart); the read budget still spaces them.
 */
const MIN_NEAR_MS = 50;

/** Decides when a poll loop reads its job next. */
export interface ReadScheduler {
  /** The wait before read number `attempt` (0 = the first wait), at clock time `now`. */
  nextDelay(attempt: number, now: number): number;
  /** Takes in each job read, at clock time `now`. */
  observe(job: Job, now: number): void;
}

/** The plain schedule: `initial × factor^attempt` up to `max`, jittered. Knows nothing of the job. */
export function backoffScheduler(options: ResolvedPollOptions, random: () => number): ReadScheduler {
  return {
    nextDelay: (attempt) => pollDelay(attempt, options, random),
    observe: () => {},
  };
}

/** Options of `expectedEndScheduler`. */
export interface ExpectedEndSchedulerOptions {
  /** When the job was submitted (clock ms). */
  createdAt: number;
  /** How long a job like it is expected to take, if known. */
  expectedMs: number | undefined;
  /** Relative spread of that expectation. */
  spread: number;
  /** The longest wait between reads near the end (the caller's `nearIntervalMs`). */
  nearIntervalMs: number;
  /** The wait the read budget allows for one wanted: at least it (more when many jobs share it). */
  withinBudget: (wantedMs: number) => number;
  /** Longest wait between reads. */
  maxIntervalMs: number;
  /** Random spread of each wait, ± this fraction. */
  jitter: number;
  random: () => number;
  /** Used while nothing is known of the job's end (no expectation, no progress). */
  fallback: ReadScheduler;
}

/**
 * Reads on the backoff until the job's likely end (never past its start), often around it (every
 * fifth of the window's span, 50 ms to `nearIntervalMs`, within the read budget), then less often
 * the later it runs. The likely end comes from the expected duration, refined by the progress the
 * provider reports (`CompletionEstimate`).
 */
export function expectedEndScheduler(options: ExpectedEndSchedulerOptions): ReadScheduler {
  const estimate = new CompletionEstimate(options.createdAt, options.expectedMs, options.spread);
  return {
    nextDelay(attempt, now) {
      const window = estimate.window();
      if (!window) return options.withinBudget(options.fallback.nextDelay(attempt, now));
      // A short job is read more often near its end than a long one: a fifth of the window's span
      // (which scales with the job), between 50 ms and the near interval, within the read budget.
      const wanted = Math.min(
        options.nearIntervalMs,
        Math.max(MIN_NEAR_MS, (window.endAt - window.startAt) / 5),
      );
      const base = windowDelay(now, window, {
        nearIntervalMs: options.withinBudget(wanted),
        maxIntervalMs: options.maxIntervalMs,
      });
      // Before the window: no later than the backoff would read, so a job far quicker than expected
      // is still seen soon, and early progress readings sharpen the estimate.
      if (now < window.startAt)
        return Math.round(options.withinBudget(Math.min(base, options.fallback.nextDelay(attempt, now))));
      return Math.round(base * (1 + options.jitter * (2 * options.random() - 1)));
    },
    observe: (job, now) => estimate.observe(job, now),
  };
}
