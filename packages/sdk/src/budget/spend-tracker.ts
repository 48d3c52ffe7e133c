import { type Job, type Quote, ticksToUsd, usdToTicks } from '@grok-imagine/core';

/** What the jobs submitted through one `createImagine` instance have cost so far. */
export interface Spend {
  /** Exact total in USD ticks (1 tick = 1e-10 USD). */
  usdTicks: number;
  /** The total in dollars, for display. */
  usd: number;
  /** Jobs counted. */
  jobs: number;
  /** Jobs with no USD figure at all (neither reported nor quoted); counted as 0. */
  unpricedJobs: number;
}

interface Tracked {
  quoteTicks: number | undefined;
  job: Job | undefined;
}

function jobTicks(job: Job): number | undefined {
  if (job.status === 'failed' && job.error?.charged === false) return 0;
  if (job.cost?.usdTicks !== undefined) return job.cost.usdTicks;
  if (job.cost?.usd !== undefined) return usdToTicks(job.cost.usd);
  return undefined;
}

/**
 * Tracks spend per job: the provider's reported cost when there is one, else the catalog cost on the
 * job, else the quote it was submitted under. A failed job the provider says was not charged costs 0.
 * Amounts being submitted are held as reservations so concurrent calls cannot overrun a budget.
 */
export class SpendTracker {
  readonly #jobs = new Map<string, Tracked>();
  #reservedTicks = 0;

  /** Records a job the provider accepted, under its quote. */
  accept(job: Job, quote: Quote | undefined): void {
    this.#jobs.set(job.id, { quoteTicks: quote?.usdTicks, job });
  }

  /** Records a newer state of a job this instance submitted; other jobs are ignored. */
  update(job: Job): void {
    const tracked = this.#jobs.get(job.id);
    if (tracked) tracked.job = job;
  }

  /** Holds `ticks` as spent until the returned function is called. */
  reserve(ticks: number): () => void {
    this.#reservedTicks += ticks;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#reservedTicks -= ticks;
    };
  }

  /** Spend so far plus amounts reserved by submissions in flight, in ticks. */
  committedTicks(): number {
    return this.spend().usdTicks + this.#reservedTicks;
  }

  /** Spend of the accepted jobs. */
  spend(): Spend {
    let usdTicks = 0;
    let unpricedJobs = 0;
    for (const tracked of this.#jobs.values()) {
      const ticks = (tracked.job && jobTicks(tracked.job)) ?? tracked.quoteTicks;
      if (ticks === undefined) unpricedJobs++;
      else usdTicks += ticks;
    }
    return { usdTicks, usd: ticksToUsd(usdTicks), jobs: this.#jobs.size, unpricedJobs };
  }
}
