/** One poll loop's share of a `ReadBudget`. */
export interface ReadBudgetShare {
  /** The wait between reads to use for a loop that wants `wantedMs`: `wantedMs`, or more when the budget is short. */
  intervalMs(wantedMs: number): number;
  /** The loop ended: its reads no longer count. */
  leave(): void;
}

/**
 * Shares a provider's read budget (reads per ms) among the poll loops of one client, by what each
 * wants: a loop waiting for a job's likely end wants few reads, one at the end wants many. While
 * every wish fits the budget, each loop reads as often as it wants; when they do not fit, the loops
 * wanting the most are held to one common interval (max-min fairness) and those wanting fewer reads
 * keep their own. Why not an even split: loops far from their job's end read rarely, so an even
 * split left most of the budget unused while the jobs about to end were read too seldom.
 */
export class ReadBudget {
  private readonly wanted = new Map<object, number>();

  /** `readsPerMs`: reads the loops may make per ms together (`Infinity` for no limit). */
  constructor(private readonly readsPerMs: () => number) {}

  /** A new loop joins, wanting a read every `initialWantedMs` until it says otherwise. */
  join(initialWantedMs: number): ReadBudgetShare {
    const member = {};
    this.wanted.set(member, Math.max(1, initialWantedMs));
    return {
      intervalMs: (wantedMs) => {
        const wanted = Math.max(1, wantedMs);
        this.wanted.set(member, wanted);
        return Math.max(wanted, this.commonIntervalMs());
      },
      leave: () => {
        this.wanted.delete(member);
      },
    };
  }

  /**
   * The interval the most eager loops are held to (0 when every wish fits): the level `c` at which
   * the loops wanting less than `c` read every `c` and the others as they wish, using the whole
   * budget. Sorting makes it O(n log n) in the loops polled, which stay few (a provider's job cap).
   */
  private commonIntervalMs(): number {
    const budget = this.readsPerMs();
    if (!(budget < Number.POSITIVE_INFINITY)) return 0;
    // From the most patient loop (longest wait) to the most eager.
    const wishes = [...this.wanted.values()].sort((a, b) => b - a);
    let patientRate = 0;
    for (const wanted of wishes) patientRate += 1 / wanted;
    if (patientRate <= budget) return 0;
    // The k most eager loops read every k ÷ (budget − what the others read); the smallest k for
    // which the next loop wants to wait at least that long gives the level.
    for (let eager = 1; eager <= wishes.length; eager++) {
      patientRate -= 1 / wishes[wishes.length - eager]!;
      const left = budget - patientRate;
      if (left <= 0) continue;
      const level = eager / left;
      const nextPatient = wishes[wishes.length - eager - 1];
      if (nextPatient === undefined || nextPatient >= level) return level;
    }
    return wishes.length / budget;
  }
}
