import type { PollOptions } from '../client/client-types.ts';
import type { Clock } from '../clock/clock.ts';
import { type Logger, silentLogger } from '../clock/logger.ts';
import { AbortedError } from '../errors/aborted-error.ts';
import { WaitTimeoutError } from '../errors/wait-timeout-error.ts';
import { checkWaitOptions } from '../request/check-wait-options.ts';
import { isTerminal, type Job } from '../job/job.ts';
import type { PollHint } from '../provider/provider-adapter.ts';
import type { ProviderId } from '../provider/provider-id.ts';
import { PollLoop, type PollWaiter } from './poll-loop.ts';
import { resolvePollOptions } from './poll-schedule.ts';
import { backoffScheduler, type ReadScheduler } from './read-scheduler.ts';

/** Default overall `wait` timeout: 15 minutes. */
export const DEFAULT_WAIT_TIMEOUT_MS = 15 * 60_000;

/** Transient read failures in a row that `waitForJob` survives by default. */
export const DEFAULT_MAX_CONSECUTIVE_POLL_ERRORS = 5;

/** Options of `waitForJob`. */
export interface WaitForJobOptions {
  /** The job id, for messages. */
  jobId: string;
  /** The provider, for errors. */
  provider: ProviderId;
  /** Reads the job's current state once; the signal aborts when the wait ends first. */
  refresh: (signal: AbortSignal) => Promise<Job>;
  /** The job as already known (e.g. just submitted): reported first, and the first read waits one interval. */
  initial?: Job | undefined;
  /** Time source and sleep; a fake in tests. */
  clock: Clock;
  /** Random source for jitter, 0–1 (default `Math.random`). */
  random?: (() => number) | undefined;
  /** Give up after this long with `WaitTimeoutError` (default 15 minutes). */
  timeoutMs?: number | undefined;
  /** Aborts the wait with `AbortedError`. */
  signal?: AbortSignal | undefined;
  /** Called whenever status, phase or progress changes (awaited). */
  onProgress?: ((job: Job) => void | Promise<void>) | undefined;
  /** The caller's cadence; unset values come from `hint`, then core's defaults. */
  poll?: PollOptions | undefined;
  /** The provider's preferred cadence. */
  hint?: PollHint | undefined;
  /** Transient read failures in a row to survive (default 5); the next one is thrown. */
  maxConsecutiveErrors?: number | undefined;
  /** Decides when to read next; default: backoff from `poll` and `hint`. */
  scheduler?: ReadScheduler | undefined;
  logger?: Logger | undefined;
}

function aborted(options: Pick<WaitForJobOptions, 'jobId' | 'provider'>, cause: unknown): AbortedError {
  return new AbortedError(`Waiting for job ${options.jobId} was aborted.`, {
    provider: options.provider,
    cause,
  });
}

/** One waiter's deadline, signal and callbacks, with the errors `waitForJob` documents. */
export function pollWaiter(
  options: Pick<WaitForJobOptions, 'jobId' | 'provider' | 'timeoutMs' | 'signal' | 'onProgress'>,
  clock: Clock,
): PollWaiter {
  const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
  return {
    deadline: clock.now() + timeoutMs,
    signal: options.signal,
    onProgress: options.onProgress,
    timedOut: (job) =>
      new WaitTimeoutError(
        `Gave up waiting for job ${options.jobId} after ${timeoutMs} ms (last status: ${job?.status ?? 'unknown'}); it goes on at ${options.provider}, wait again or check it later.`,
        { provider: options.provider, code: 'wait_timeout', job },
      ),
    aborted: (cause) => aborted(options, cause),
  };
}

/**
 * The poll loop: reads the job with a growing, jittered interval (or the `scheduler` given) until it
 * is `done`, `expired` or `failed`, and resolves with it. Calls `onProgress` on every change of
 * status, phase or progress. Transient read failures (connection, timeout, rate limit — waiting its
 * `retryAfterMs` — and 5xx) are survived up to `maxConsecutiveErrors` in a row; other errors are
 * thrown at once. Past `timeoutMs` it throws `WaitTimeoutError` with the last job seen; the job goes
 * on at the provider. All waiting goes through `clock.sleep`, so tests need no real time. (A client
 * shares one such loop between every wait on the same job.)
 */
export async function waitForJob(options: WaitForJobOptions): Promise<Job> {
  checkWaitOptions(options);
  const { clock } = options;
  const initial = options.initial;
  if (initial && isTerminal(initial)) {
    await options.onProgress?.(initial);
    return initial;
  }
  const loop = new PollLoop({
    jobId: options.jobId,
    provider: options.provider,
    refresh: options.refresh,
    initial,
    clock,
    logger: options.logger ?? silentLogger,
    scheduler:
      options.scheduler ??
      backoffScheduler(resolvePollOptions(options.poll, options.hint), options.random ?? Math.random),
    maxConsecutiveErrors: options.maxConsecutiveErrors ?? DEFAULT_MAX_CONSECUTIVE_POLL_ERRORS,
  });
  return loop.join(pollWaiter(options, clock));
}
