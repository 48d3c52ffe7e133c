import { type Clock, systemClock } from '../clock/clock.ts';
import { isTerminal, type Job } from '../job/job.ts';
import { foldLedgerEvent, submissionIdOf } from './fold-ledger-event.ts';
import { ledgerJob } from './ledger-request.ts';
import type { LedgerEntry, LedgerError, LedgerEvent, LedgerIntent, LedgerStore } from './ledger-types.ts';
import { MemoryLedgerStore } from './memory-ledger-store.ts';
import { entryTicks, type Spend, SpendTotals } from './spend.ts';

/** Options of `Ledger`. */
export interface LedgerOptions {
  /** Where events go (default: in memory, lost with the process). */
  store?: LedgerStore | undefined;
  /** Stamps events. */
  clock?: Clock | undefined;
  /**
   * Settled entries (refused, re-sent, or accepted with a job that ended) kept in memory, newest
   * first; older ones are dropped from memory — a durable store still has them. Unresolved and
   * pending entries are always kept. Default 1,000.
   */
  maxSettledEntries?: number | undefined;
}

/** Default of `LedgerOptions.maxSettledEntries`. */
export const DEFAULT_MAX_SETTLED_ENTRIES = 1_000;

// Nothing that can still change (or be resumed) is dropped from memory.
function isSettled(entry: LedgerEntry): boolean {
  if (entry.supersededBy !== undefined || entry.state === 'refused') return true;
  return entry.state === 'accepted' && entry.job !== undefined && isTerminal(entry.job);
}

// A job event is worth a write only when something a user or resume relies on changed.
function sameJobState(a: Job, b: Job): boolean {
  return (
    a.status === b.status &&
    a.phase === b.phase &&
    a.progress === b.progress &&
    a.outputs.length === b.outputs.length &&
    a.cost?.basis === b.cost?.basis &&
    a.cost?.usdTicks === b.cost?.usdTicks &&
    a.cost?.credits === b.cost?.credits &&
    a.error?.code === b.error?.code
  );
}

/**
 * The paid-job ledger: the one record of what the SDK asked a provider to create and what is known
 * about whether it was accepted. An intent is written (durably, for a file store) before a create
 * request leaves the process; then `accepted` / `refused` / `uncertain`, then job states. Indexed by
 * submission id, job id and idempotency key, with running spend totals, so every lookup and the
 * budget check are O(1). The store is read in full once, at `ready()`.
 */
export class Ledger {
  readonly #store: LedgerStore;
  readonly #clock: Clock;
  readonly #entries = new Map<string, LedgerEntry>();
  readonly #byJob = new Map<string, string>();
  readonly #byKey = new Map<string, string>();
  // Spend counts the submissions made through this ledger object, not those loaded from the store.
  readonly #own = new Set<string>();
  readonly #totals = new SpendTotals();
  // Settled submission ids in the order they settled (a queue from #settledHead): oldest dropped first.
  // An array, not a Set: taking a Set's first value walks over every value deleted before it.
  #settled: string[] = [];
  #settledHead = 0;
  readonly #isSettled = new Set<string>();
  readonly #maxSettled: number;
  #loading: Promise<void> | undefined;
  #loaded = false;

  constructor(options: LedgerOptions = {}) {
    this.#store = options.store ?? new MemoryLedgerStore();
    this.#clock = options.clock ?? systemClock;
    this.#maxSettled = options.maxSettledEntries ?? DEFAULT_MAX_SETTLED_ENTRIES;
  }

  /** The store events go to. */
  get store(): LedgerStore {
    return this.#store;
  }

  /** Loads the store's history (once); every other async method waits for it. */
  ready(): Promise<void> {
    if (!this.#loading) {
      this.#loading = this.#store.load().then((events) => {
        for (const event of events) this.#apply(event);
      });
      // Set in a reaction queued before any write's: writes queued on the load run before a write
      // that takes the fast path (see #write), so the store sees events in call order.
      this.#loading.then(
        () => {
          this.#loaded = true;
        },
        () => {},
      );
    }
    return this.#loading;
  }

  /** True once the store's history is loaded: callers may skip awaiting `ready()`. */
  get loaded(): boolean {
    return this.#loaded;
  }

  #now(): string {
    return new Date(this.#clock.now()).toISOString();
  }

  #apply(event: LedgerEvent): LedgerEntry | undefined {
    const id = submissionIdOf(event);
    const before = this.#entries.get(id);
    const after = foldLedgerEvent(before, event);
    if (!after || after === before) return before;
    this.#entries.set(id, after);
    if (after.jobId) this.#byJob.set(after.jobId, id);
    if (after.key) this.#byKey.set(after.key, id);
    if (this.#own.has(id)) this.#totals.change(before ? entryTicks(before) : null, entryTicks(after));
    // An idempotency key must keep answering: its entry stays unless the store can look it up again.
    const droppable = after.key === undefined || this.#store.eventsOfKey !== undefined;
    if (droppable && !this.#isSettled.has(id) && isSettled(after)) this.#settle(id);
    return after;
  }

  // A long-running process must not hold every job it ever made: past the cap, the oldest settled
  // entry leaves memory (spend totals keep what it counted; the store keeps its events).
  #settle(id: string): void {
    this.#isSettled.add(id);
    this.#settled.push(id);
    if (this.#isSettled.size <= this.#maxSettled) return;
    const oldest = this.#settled[this.#settledHead++] as string;
    if (this.#settledHead * 2 > this.#settled.length) {
      this.#settled = this.#settled.slice(this.#settledHead);
      this.#settledHead = 0;
    }
    this.#isSettled.delete(oldest);
    const entry = this.#entries.get(oldest);
    this.#entries.delete(oldest);
    this.#own.delete(oldest);
    if (entry?.jobId !== undefined && this.#byJob.get(entry.jobId) === oldest)
      this.#byJob.delete(entry.jobId);
    if (entry?.key !== undefined && this.#byKey.get(entry.key) === oldest) this.#byKey.delete(entry.key);
    this.#store.forget?.([oldest]);
  }

  // Every write waits for the load and chains on it in call order, so an event never reaches the
  // store before one recorded earlier (an accepted line before its intent would be lost on reload).
  #write(event: LedgerEvent, durable: boolean): Promise<void> {
    // Once loaded, appends are made synchronously in call order, which keeps the same order.
    if (this.#loaded) return this.#store.append([event], { durable });
    return this.ready().then(() => this.#store.append([event], { durable }));
  }

  /**
   * Records an intent in memory at once (so a budget check that follows sees it) and returns the
   * entry with a promise that settles once the intent is durable. The create request must not be
   * sent before that promise resolves.
   */
  recordIntent(intent: LedgerIntent): { entry: LedgerEntry; durable: Promise<void> } {
    const event: LedgerEvent = { event: 'intent', at: this.#now(), intent };
    this.#own.add(intent.submissionId);
    const entry = this.#apply(event) as LedgerEntry;
    return { entry, durable: this.#write(event, true) };
  }

  /** Records the job a submission created (from the answer, reconcile, or the user's word). */
  async recordAccepted(
    submissionId: string,
    job: Job,
    via: 'answer' | 'reconcile' | 'user' = 'answer',
  ): Promise<void> {
    const event: LedgerEvent = { event: 'accepted', at: this.#now(), submissionId, job: ledgerJob(job), via };
    this.#apply(event);
    await this.#write(event, true);
  }

  /** Records that a submission provably created nothing. */
  async recordRefused(submissionId: string, error: LedgerError): Promise<void> {
    const event: LedgerEvent = { event: 'refused', at: this.#now(), submissionId, error };
    this.#apply(event);
    await this.#write(event, true);
  }

  /** Records that a submission's acceptance is unknown (with reconcile's candidates, if any). */
  async recordUncertain(submissionId: string, error: LedgerError, candidates?: string[]): Promise<void> {
    const event: LedgerEvent = { event: 'uncertain', at: this.#now(), submissionId, error, candidates };
    this.#apply(event);
    await this.#write(event, true);
  }

  /** Records that the user re-sent an unresolved submission as `by` (see `resubmit`). */
  async recordSuperseded(submissionId: string, by: string): Promise<void> {
    const event: LedgerEvent = { event: 'superseded', at: this.#now(), submissionId, by };
    this.#apply(event);
    await this.#write(event, true);
  }

  /**
   * Records a newer state of a job the ledger knows (one write per change of status, phase, progress,
   * outputs, cost or error). Jobs of other submissions, or unchanged states, write nothing.
   */
  async recordJob(job: Job): Promise<void> {
    const submissionId = this.#byJob.get(job.id);
    if (!submissionId) return;
    const known = this.#entries.get(submissionId)?.job;
    if (known && sameJobState(known, job)) return;
    const event: LedgerEvent = { event: 'job', at: this.#now(), submissionId, job: ledgerJob(job) };
    this.#apply(event);
    await this.#write(event, false);
  }

  /** The entry of a submission. */
  entry(submissionId: string): LedgerEntry | undefined {
    return this.#entries.get(submissionId);
  }

  /** The entry whose submission created this job (`<provider>:<id>`). */
  entryOfJob(jobId: string): LedgerEntry | undefined {
    const id = this.#byJob.get(jobId);
    return id === undefined ? undefined : this.#entries.get(id);
  }

  /**
   * The entry with this idempotency key among those this ledger object holds, without asking the
   * store: synchronous, so a submit can check it in the same tick it writes its intent.
   */
  heldEntryOfKey(key: string): LedgerEntry | undefined {
    const id = this.#byKey.get(key);
    return id === undefined ? undefined : this.#entries.get(id);
  }

  /** The entry with this idempotency key, asking a shared store for other processes' writes. */
  async entryOfKey(key: string): Promise<LedgerEntry | undefined> {
    const id = this.#byKey.get(key);
    const known = id === undefined ? undefined : this.#entries.get(id);
    if (known?.state === 'accepted' || !this.#store.eventsOfKey) return known;
    for (const event of await this.#store.eventsOfKey(key)) this.#apply(event);
    const found = this.#byKey.get(key);
    return found === undefined ? undefined : this.#entries.get(found);
  }

  /** True when a provider job already belongs to a submission: reconcile must never take it. */
  ownsJob(jobId: string): boolean {
    return this.#byJob.has(jobId);
  }

  /** Every entry, in the order the intents were written. */
  entries(): LedgerEntry[] {
    return [...this.#entries.values()];
  }

  /**
   * Submissions without a known outcome: `intent` (the process died waiting) and `uncertain`, unless
   * the user already re-sent them.
   */
  unresolved(): LedgerEntry[] {
    return this.entries().filter(
      (entry) => (entry.state === 'intent' || entry.state === 'uncertain') && !entry.supersededBy,
    );
  }

  /** Spend of the submissions made through this ledger object, plus amounts in flight. O(1). */
  spend(): Spend {
    return this.#totals.spend();
  }

  /**
   * Rewrites the store as one snapshot per entry (when the store offers it). Run it when no other
   * process writes to the same store.
   */
  async compact(): Promise<void> {
    await this.ready();
    if (!this.#store.rewrite) return;
    await this.#store.rewrite(this.entries().map((entry) => ({ event: 'snapshot', entry })));
  }
}
