import { NotFoundError } from '../errors/not-found-error.ts';
import { isTransientPollError } from '../poll/transient-error.ts';
import type { HeldJobWatch } from './acquire-job-slot.ts';
import type { JobSlots } from './job-slots.ts';

/** Starts keeping one job polled; calls `onEnd` when its loop ends by itself; returns the stop. */
export type KeepJob = (jobId: string, onEnd: (error?: unknown) => void) => () => void;

/**
 * Polls the jobs holding concurrent-job slots only while some submitter waits for a slot: a job
 * nobody waits on must still be seen ending, or its slot stays taken. One keeper per held job, on the
 * job's one poll loop; all stop when the last waiting submitter has its slot.
 */
export class SlotKeeper {
  private waiting = 0;
  private readonly kept = new Map<string, () => void>();

  constructor(
    private readonly slots: JobSlots,
    private readonly keep: KeepJob,
  ) {}

  /** A submitter starts waiting; `stop()` when it no longer does. */
  watch(): HeldJobWatch {
    this.waiting++;
    let stopped = false;
    return {
      sync: () => {
        for (const id of this.slots.heldIds())
          if (!this.kept.has(id))
            this.kept.set(
              id,
              this.keep(id, (error) => this.ended(id, error)),
            );
      },
      stop: () => {
        if (stopped) return;
        stopped = true;
        if (--this.waiting > 0) return;
        for (const stop of this.kept.values()) stop();
        this.kept.clear();
      },
    };
  }

  private ended(jobId: string, error: unknown): void {
    this.kept.delete(jobId);
    if (error === undefined) return;
    // A job the provider no longer knows will never be seen ending: give its slot up.
    if (NotFoundError.isInstance(error)) this.slots.release(jobId);
    // Reads failing for a while (the provider down, say): keep polling, on the loop's own backoff.
    else if (isTransientPollError(error)) {
      if (this.waiting > 0)
        this.kept.set(
          jobId,
          this.keep(jobId, (again) => this.ended(jobId, again)),
        );
    } else this.slots.interrupt(error);
  }
}
