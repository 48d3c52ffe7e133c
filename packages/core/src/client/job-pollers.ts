import type { Clock } from '../clock/clock.ts';
import type { Logger } from '../clock/logger.ts';
import type { Job } from '../job/job.ts';
import { PollLoop, type PollLoopEnd, type PollWaiter } from '../poll/poll-loop.ts';
import type { ReadScheduler } from '../poll/read-scheduler.ts';
import type { ProviderId } from '../provider/provider-id.ts';

/** Options of `JobPollers`. */
export interface JobPollersOptions {
  provider: ProviderId;
  clock: Clock;
  logger: Logger;
  /** One status read of a job (the client's `get`). */
  refresh: (jobId: string, signal: AbortSignal) => Promise<Job>;
  /** Transient read failures in a row a loop survives. */
  maxConsecutiveErrors: number;
}

/** What a new loop for a job reads on and learns from. */
export interface LoopPlan {
  scheduler: ReadScheduler;
  /** Told how the loop ended (the client learns job durations from it). */
  onStop?: ((end: PollLoopEnd) => void) | undefined;
}

/** A waiter that never gives up by itself: it leaves when its keeper is stopped. */
function keeperWaiter(signal: AbortSignal): PollWaiter {
  return {
    deadline: Number.POSITIVE_INFINITY,
    signal,
    timedOut: (job) => new Error(`kept job ${job?.id ?? ''} timed out`),
    aborted: (cause) => (cause instanceof Error ? cause : new Error('keeper stopped', { cause })),
  };
}

/**
 * The client's poll loops, at most one per job: every `wait()` on a job, and the keeper that frees
 * concurrent-job slots while submitters wait, share it. A loop ends with its job, or when nobody
 * waits on it any more.
 */
export class JobPollers {
  private readonly loops = new Map<string, { loop: PollLoop; scheduler: ReadScheduler }>();

  constructor(private readonly options: JobPollersOptions) {}

  /** Loops running now. */
  get size(): number {
    return this.loops.size;
  }

  /** Whether a loop polls this job now. */
  has(jobId: string): boolean {
    const running = this.loops.get(jobId);
    return running !== undefined && !running.loop.closed;
  }

  /** Tells the job's loop, if one runs, of a state seen elsewhere: a terminal one ends it unread. */
  settle(job: Job): void {
    this.loops.get(job.id)?.loop.settle(job);
  }

  /**
   * Waits on a job through its one loop; `plan` makes the loop when none runs (from `initial`, the
   * job as last seen). Resolves with the job once it ends; the waiter's own deadline and signal apply.
   */
  wait(jobId: string, initial: Job | undefined, waiter: PollWaiter, plan: () => LoopPlan): Promise<Job> {
    let loop = this.loops.get(jobId)?.loop;
    if (!loop || loop.closed) {
      const { scheduler, onStop } = plan();
      const created: PollLoop = new PollLoop({
        jobId,
        provider: this.options.provider,
        refresh: (signal) => this.options.refresh(jobId, signal),
        initial,
        clock: this.options.clock,
        logger: this.options.logger,
        scheduler,
        maxConsecutiveErrors: this.options.maxConsecutiveErrors,
        onStop: (end) => {
          if (this.loops.get(jobId)?.loop === created) this.loops.delete(jobId);
          onStop?.(end);
        },
      });
      loop = created;
      this.loops.set(jobId, { loop: created, scheduler });
    }
    return loop.join(waiter);
  }

  /**
   * Keeps a job polled (to see it end and free its slot) until the returned function is called.
   * `onEnd` hears when the loop ended by itself: with no argument when the job ended, with the error
   * when a read failure ended it.
   */
  keep(
    jobId: string,
    initial: Job | undefined,
    plan: () => LoopPlan,
    onEnd: (error?: unknown) => void,
  ): () => void {
    const controller = new AbortController();
    this.wait(jobId, initial, keeperWaiter(controller.signal), plan).then(
      () => onEnd(),
      (error: unknown) => {
        if (!controller.signal.aborted) onEnd(error);
      },
    );
    return () => controller.abort();
  }
}
