import type { Clock } from '../clock/clock.ts';
import type { Logger } from '../clock/logger.ts';
import { isTerminal, type Job } from '../job/job.ts';
import type { ProviderId } from '../provider/provider-id.ts';
import { jobChanged } from './job-changed.ts';
import type { ReadScheduler } from './read-scheduler.ts';
import { isTransientPollError, requestedDelayMs } from './transient-error.ts';

/** One caller waiting on a poll loop: its own deadline, abort signal and progress callback. */
export interface PollWaiter {
  /** Clock time at which it gives up (`Infinity`: never). */
  deadline: number;
  signal?: AbortSignal | undefined;
  /** Called whenever status, phase or progress changes (awaited before the next read). */
  onProgress?: ((job: Job) => void | Promise<void>) | undefined;
  /** Its error when the deadline passes, from the last job seen. */
  timedOut(job: Job | undefined): Error;
  /** Its error when its signal aborts. */
  aborted(cause: unknown): Error;
}

/** How a loop ended, for whoever learns from job durations. */
export interface PollLoopEnd {
  /** The terminal job, when the loop saw one. */
  job?: Job | undefined;
  /** Clock time of the last read that still saw the job pending. */
  lastPendingAt?: number | undefined;
  /** Clock time of the read that saw it end. */
  endedAt?: number | undefined;
}

/** Options of a `PollLoop`. */
export interface PollLoopOptions {
  jobId: string;
  provider: ProviderId;
  /** Reads the job once; the signal aborts when nobody waits any more. */
  refresh: (signal: AbortSignal) => Promise<Job>;
  /** The job as already known: the first read waits one interval. */
  initial?: Job | undefined;
  clock: Clock;
  logger: Logger;
  scheduler: ReadScheduler;
  /** Transient read failures in a row survived; the next one fails every waiter. */
  maxConsecutiveErrors: number;
  /** Called once when the loop stops. */
  onStop?: ((end: PollLoopEnd) => void) | undefined;
}

interface Entry {
  waiter: PollWaiter;
  resolve(job: Job): void;
  reject(error: unknown): void;
  reported?: Job | undefined;
  timer?: ReturnType<typeof setTimeout> | undefined;
  onAbort?: (() => void) | undefined;
}

/**
 * One poll loop for one job, shared by everyone waiting on it: a job is read on one schedule however
 * many `wait()` calls (or slot keepers) want it. Each waiter keeps its own deadline, signal and
 * progress callback; the loop stops when the job ends, when a read fails for good, or when nobody
 * waits any more (then its sleep and any read in flight are aborted).
 */
export class PollLoop {
  private readonly entries = new Set<Entry>();
  private readonly stop = new AbortController();
  private interrupt: AbortController | undefined;
  private wakeAt = Number.POSITIVE_INFINITY;
  private last: Job | undefined;
  private started = false;
  private reading = false;
  /** True once the loop will read no more: a new waiter needs a new loop. */
  closed = false;

  constructor(private readonly options: PollLoopOptions) {
    this.last = options.initial;
  }

  /** The job as last seen. */
  get lastJob(): Job | undefined {
    return this.last;
  }

  /**
   * A state of the job seen outside the loop (someone's `get()`): a terminal one ends the loop and
   * resolves its waiters without another read.
   */
  settle(job: Job): void {
    if (this.closed || this.reading || !isTerminal(job)) return;
    this.last = job;
    this.interrupt?.abort();
  }

  /** Waits on the job with the loop; resolves with it once it is done, expired or failed. */
  join(waiter: PollWaiter): Promise<Job> {
    return new Promise<Job>((resolve, reject) => {
      if (waiter.signal?.aborted) {
        reject(waiter.aborted(waiter.signal.reason));
        return;
      }
      const entry: Entry = { waiter, resolve, reject };
      const signal = waiter.signal;
      if (signal) {
        entry.onAbort = () => this.leave(entry, waiter.aborted(signal.reason));
        signal.addEventListener('abort', entry.onAbort, { once: true });
      }
      this.entries.add(entry);
      if (!this.started) {
        this.started = true;
        void this.run();
        return;
      }
      if (this.last) void this.report(entry, this.last);
      // A waiter that must give up before the loop's next read moves that read earlier.
      if (waiter.deadline < this.wakeAt) this.interrupt?.abort();
    });
  }

  private leave(entry: Entry, error: unknown): void {
    if (!this.entries.delete(entry)) return;
    this.detach(entry);
    entry.reject(error);
    if (this.entries.size === 0) this.close();
  }

  private detach(entry: Entry): void {
    clearTimeout(entry.timer);
    if (entry.onAbort) entry.waiter.signal?.removeEventListener('abort', entry.onAbort);
  }

  private close(): void {
    this.closed = true;
    this.stop.abort(new Error('nobody waits on this job any more'));
  }

  private finish(outcome: { job: Job } | { error: unknown }): void {
    const entries = [...this.entries];
    this.entries.clear();
    this.closed = true;
    for (const entry of entries) {
      this.detach(entry);
      if ('job' in outcome) entry.resolve(outcome.job);
      else entry.reject(outcome.error);
    }
  }

  private async report(entry: Entry, job: Job): Promise<void> {
    if (!jobChanged(entry.reported, job)) return;
    entry.reported = job;
    try {
      await entry.waiter.onProgress?.(job);
    } catch (error) {
      this.leave(entry, error);
    }
  }

  /** Gives up the waiters whose deadline has come, with the last job seen. */
  private expire(now: number): void {
    for (const entry of [...this.entries])
      if (entry.waiter.deadline <= now) this.leave(entry, entry.waiter.timedOut(this.last));
  }

  private earliestDeadline(): number {
    let earliest = Number.POSITIVE_INFINITY;
    for (const entry of this.entries) earliest = Math.min(earliest, entry.waiter.deadline);
    return earliest;
  }

  /** Sleeps until `at`; `false` when a new waiter cut the sleep short (the caller re-plans). */
  private async sleepUntil(at: number): Promise<boolean> {
    const { clock } = this.options;
    this.interrupt = new AbortController();
    this.wakeAt = at;
    try {
      await clock.sleep(
        Math.max(0, at - clock.now()),
        AbortSignal.any([this.stop.signal, this.interrupt.signal]),
      );
      return true;
    } catch (error) {
      if (this.stop.signal.aborted) throw error;
      if (this.interrupt.signal.aborted) return false;
      throw error;
    } finally {
      this.interrupt = undefined;
      this.wakeAt = Number.POSITIVE_INFINITY;
    }
  }

  /** One read, given up by each waiter at its deadline (real time: it bounds a real request). */
  private read(): Promise<Job> {
    const { clock, refresh } = this.options;
    for (const entry of this.entries) {
      const remaining = entry.waiter.deadline - clock.now();
      if (Number.isFinite(remaining))
        entry.timer = setTimeout(
          () => this.leave(entry, entry.waiter.timedOut(this.last)),
          Math.max(0, remaining),
        );
    }
    const signal = this.stop.signal;
    // Taken off again after the read: the loop's signal lives as long as the loop, and a listener
    // left per read piles up (Node warns past 10, which a long video reaches).
    let onStop: (() => void) | undefined;
    const stopped = new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      else {
        onStop = () => reject(signal.reason);
        signal.addEventListener('abort', onStop, { once: true });
      }
    });
    stopped.catch(() => {});
    return Promise.race([refresh(signal), stopped]).finally(() => {
      if (onStop) signal.removeEventListener('abort', onStop);
      for (const entry of this.entries) clearTimeout(entry.timer);
    });
  }

  private async run(): Promise<void> {
    const { clock, scheduler, logger } = this.options;
    const end: PollLoopEnd = {};
    let attempt = 0;
    let errors = 0;
    let requested: number | undefined;
    try {
      if (this.last) await Promise.all([...this.entries].map((entry) => this.report(entry, this.last!)));
      for (;;) {
        if (this.entries.size === 0) return;
        if (this.last && isTerminal(this.last)) {
          end.job = this.last;
          end.endedAt ??= clock.now();
          this.finish({ job: this.last });
          return;
        }
        if (this.last !== undefined || errors > 0) {
          this.expire(clock.now());
          if (this.entries.size === 0) return;
          const delay = Math.max(scheduler.nextDelay(attempt++, clock.now()), requested ?? 0);
          requested = undefined;
          if (!(await this.sleepUntil(Math.min(clock.now() + delay, this.earliestDeadline())))) {
            attempt--;
            continue;
          }
        }
        let next: Job;
        this.reading = true;
        try {
          next = await this.read();
          errors = 0;
        } catch (error) {
          if (this.entries.size === 0) return;
          if (!isTransientPollError(error) || ++errors > this.options.maxConsecutiveErrors) throw error;
          requested = requestedDelayMs(error);
          logger.warn?.(`${this.options.provider}: status read of ${this.options.jobId} failed; retrying`, {
            reason: error.name,
            consecutiveErrors: errors,
          });
          continue;
        } finally {
          this.reading = false;
        }
        const now = clock.now();
        if (isTerminal(next)) end.endedAt = now;
        else end.lastPendingAt = now;
        scheduler.observe(next, now);
        this.last = next;
        await Promise.all([...this.entries].map((entry) => this.report(entry, next)));
        if (!isTerminal(next)) this.expire(clock.now());
      }
    } catch (error) {
      if (this.entries.size > 0) this.finish({ error });
    } finally {
      this.closed = true;
      this.options.onStop?.(end);
    }
  }
}
