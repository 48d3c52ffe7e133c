import type { Job } from '../job/job.ts';

/** When a job will likely end: reads cluster between `startAt` and `endAt` (epoch ms). */
export interface CompletionWindow {
  startAt: number;
  endAt: number;
}

interface ProgressMark {
  at: number;
  progress: number;
}

/** Share of the remaining time a rate-based estimate may be off either way. */
const RATE_MARGIN = 0.25;
/** Share of the job's total time a one-point estimate may end early or late. */
const ONE_POINT_MARGIN = 0.1;

/**
 * Estimates when one job ends, from what is expected of its kind (`expectedMs` ± `spread`, counted
 * from `createdAt`) and what the provider has shown: two progress readings give a rate, one reading
 * bounds the end from above (time spent queued makes it an overestimate). Pure arithmetic on the
 * clock values it is given.
 */
export class CompletionEstimate {
  private readonly marks: ProgressMark[] = [];

  constructor(
    private readonly createdAt: number,
    private readonly expectedMs: number | undefined,
    private readonly spread: number,
  ) {}

  /** Takes in a job as read at `at`: a rising progress between 0 and 100 is kept (the last two). */
  observe(job: Job, at: number): void {
    const progress = job.progress;
    if (job.status !== 'pending' || typeof progress !== 'number' || progress <= 0 || progress >= 100) return;
    const last = this.marks[this.marks.length - 1];
    if (last && progress <= last.progress) return;
    this.marks.push({ at, progress });
    if (this.marks.length > 2) this.marks.shift();
  }

  /** The likely end, or `undefined` when nothing is known (then the caller backs off instead). */
  window(): CompletionWindow | undefined {
    const [first, second] = this.marks;
    if (first && second) {
      const rate = (second.progress - first.progress) / Math.max(1, second.at - first.at);
      const remaining = (100 - second.progress) / rate;
      const end = second.at + remaining;
      return { startAt: end - remaining * RATE_MARGIN, endAt: end + remaining * RATE_MARGIN };
    }
    const prior = this.prior();
    if (!first) return prior;
    // Progress counted from submission: the end can only be earlier than this (queue time).
    const latest = this.createdAt + ((first.at - this.createdAt) * 100) / first.progress;
    const halfway = first.at + (latest - first.at) / 2;
    return {
      startAt: Math.min(halfway, prior?.startAt ?? halfway),
      endAt: latest + (latest - this.createdAt) * ONE_POINT_MARGIN,
    };
  }

  private prior(): CompletionWindow | undefined {
    if (this.expectedMs === undefined) return undefined;
    return {
      startAt: this.createdAt + this.expectedMs * (1 - this.spread),
      endAt: this.createdAt + this.expectedMs * (1 + this.spread),
    };
  }
}
