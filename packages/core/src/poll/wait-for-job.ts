import type { PollOptions } from '../client/client-types.ts';
import type { Clock } from '../clock/clock.ts';
import { type Logger, silentLogger } from '../clock/logger.ts';
import { AbortedError } from '../errors/aborted-error.ts';
import { WaitTimeoutError } from '../errors/wait-timeout-error.ts';
import { checkWaitOptions } from '../request/check-wait-options.ts';
import { isTerminal, type Job } from '../job/job.ts';
import type { PollHint } from '../provider/provider-adapter.ts';
import type { ProviderId } from '../provider/provider-id.ts';
import { jobChanged } from './job-changed.ts';
import { pollDelay, resolvePollOptions } from './poll-schedule.ts';
import { isTransientPollError, requestedDelayMs } from './transient-error.ts';

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
  /** Reads the job's current state once. */
  refresh: (signal: AbortSignal | undefined) => Promise<Job>;
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
  logger?: Logger | undefined;
}

/**
 * One status read that the wait's own deadline and the caller's signal can end while it is in flight:
 * the read gets a signal that aborts at either, and the wait stops waiting for it even if the read
 * ignores its signal. Real time, because it bounds a real request.
 */
function boundedRead(
  refresh: WaitForJobOptions['refresh'],
  signal: AbortSignal | undefined,
  remainingMs: number,
): { result: Promise<Job>; timedOut(): boolean } {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      controller.abort(new Error('wait timed out'));
    },
    Math.max(0, remainingMs),
  );
  const readSignal = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
  const stopped = new Promise<never>((_, reject) => {
    const stop = () => reject(readSignal.reason);
    if (readSignal.aborted) stop();
    else readSignal.addEventListener('abort', stop, { once: true });
  });
  stopped.catch(() => {});
  const result = Promise.race([refresh(readSignal), stopped]).finally(() => clearTimeout(timer));
  return { result, timedOut: () => timedOut };
}

function aborted(options: WaitForJobOptions, cause: unknown): AbortedError {
  return new AbortedError(`Waiting for job ${options.jobId} was aborted.`, {
    provider: options.provider,
    cause,
  });
}

/**
 * The poll loop: reads the job with a growing, jittered interval until it is `done`, `expired` or
 * `failed`, and resolves with it. Calls `onProgress` on every change of status, phase or progress.
 * Transient read failures (connection, timeout, rate limit — waiting its `retryAfterMs` — and 5xx)
 * are survived up to `maxConsecutiveErrors` in a row; other errors are thrown at once. Past
 * `timeoutMs` it throws `WaitTimeoutError` with the last job seen; the job goes on at the provider.
 * All waiting goes through `clock.sleep`, so tests need no real time.
 */
export async function waitForJob(options: WaitForJobOptions): Promise<Job> {
  checkWaitOptions(options);
  const { clock, signal } = options;
  const logger = options.logger ?? silentLogger;
  const random = options.random ?? Math.random;
  const schedule = resolvePollOptions(options.poll, options.hint);
  const maxErrors = options.maxConsecutiveErrors ?? DEFAULT_MAX_CONSECUTIVE_POLL_ERRORS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
  const deadline = clock.now() + timeoutMs;
  const timedOut = (job: Job | undefined) =>
    new WaitTimeoutError(
      `Gave up waiting for job ${options.jobId} after ${timeoutMs} ms (last status: ${job?.status ?? 'unknown'}); it goes on at ${options.provider}, wait again or check it later.`,
      { provider: options.provider, code: 'wait_timeout', job },
    );

  let last = options.initial;
  let attempt = 0;
  let consecutiveErrors = 0;
  let requestedDelay: number | undefined;
  if (last) await options.onProgress?.(last);

  for (;;) {
    if (last && isTerminal(last)) return last;
    if (signal?.aborted) throw aborted(options, signal.reason);
    if (last !== undefined || consecutiveErrors > 0) {
      const remaining = deadline - clock.now();
      if (remaining <= 0) throw timedOut(last);
      const delay = Math.max(pollDelay(attempt++, schedule, random), requestedDelay ?? 0);
      requestedDelay = undefined;
      try {
        await clock.sleep(Math.min(delay, remaining), signal);
      } catch (error) {
        throw signal?.aborted ? aborted(options, signal.reason) : error;
      }
    }
    let next: Job;
    const read = boundedRead(options.refresh, signal, deadline - clock.now());
    try {
      next = await read.result;
      consecutiveErrors = 0;
    } catch (error) {
      if (signal?.aborted) throw aborted(options, signal.reason);
      if (read.timedOut()) throw timedOut(last);
      if (!isTransientPollError(error) || ++consecutiveErrors > maxErrors) throw error;
      requestedDelay = requestedDelayMs(error);
      logger.warn?.(`${options.provider}: status read of ${options.jobId} failed; retrying`, {
        reason: error.name,
        consecutiveErrors,
      });
      continue;
    }
    const changed = jobChanged(last, next);
    last = next;
    if (changed) await options.onProgress?.(next);
    if (!isTerminal(next) && clock.now() >= deadline) throw timedOut(next);
  }
}
