import { ticksToUsd } from '../pricing/money.ts';
import type { LedgerEntry } from './ledger-types.ts';

/** What the submissions of one client (or `createImagine` instance) have cost so far. */
export interface Spend {
  /** Exact total in USD ticks (1 tick = 1e-10 USD). */
  usdTicks: number;
  /** The total in dollars, for display. */
  usd: number;
  /** Submissions counted: every one not provably refused (uncertain ones may have been charged). */
  jobs: number;
  /** Of those, how many have no USD figure at all (neither reported nor quoted); counted as 0. */
  unpricedJobs: number;
}

/**
 * What one entry counts towards spend, in ticks: `undefined` when it has no USD figure, `null` when it
 * does not count at all (refused). An intent or uncertain submission counts at its quote (it may be
 * charged); an accepted job at its cost (reported when trusted, else catalog), a failed job the
 * provider did not charge at 0.
 */
export function entryTicks(entry: LedgerEntry): number | undefined | null {
  switch (entry.state) {
    case 'refused':
      return null;
    case 'intent':
    case 'uncertain':
      return entry.quote?.usdTicks;
    case 'accepted': {
      const job = entry.job;
      if (job?.status === 'failed' && job.error?.charged === false) return 0;
      return job?.cost?.usdTicks ?? entry.quote?.usdTicks;
    }
  }
}

/** Running spend totals, updated per entry change in O(1). */
export class SpendTotals {
  #ticks = 0;
  #jobs = 0;
  #unpriced = 0;

  /** Replaces an entry's contribution `before` by `after` (`null`: counts nothing). */
  change(before: number | undefined | null, after: number | undefined | null): void {
    this.#add(before, -1);
    this.#add(after, 1);
  }

  #add(ticks: number | undefined | null, sign: 1 | -1): void {
    if (ticks === null) return;
    this.#jobs += sign;
    if (ticks === undefined) this.#unpriced += sign;
    else this.#ticks += sign * ticks;
  }

  /** The totals now. */
  spend(): Spend {
    return {
      usdTicks: this.#ticks,
      usd: ticksToUsd(this.#ticks),
      jobs: this.#jobs,
      unpricedJobs: this.#unpriced,
    };
  }
}
