import { submissionIdOf } from './fold-ledger-event.ts';
import type { LedgerEvent, LedgerStore } from './ledger-types.ts';

/**
 * A ledger store in memory: lost with the process. The default when no file or Redis is set. It
 * holds what the ledger holds: events of submissions the ledger forgot are dropped too, so a
 * long-running process does not keep every job it ever made.
 */
export class MemoryLedgerStore implements LedgerStore {
  #events: LedgerEvent[] = [];
  readonly #forgotten = new Set<string>();

  async load(): Promise<LedgerEvent[]> {
    return this.events().slice();
  }

  async append(events: readonly LedgerEvent[]): Promise<void> {
    for (const event of events) this.#events.push(event);
  }

  forget(submissionIds: readonly string[]): void {
    for (const id of submissionIds) this.#forgotten.add(id);
    // Filtered in one pass once enough is forgotten: O(1) amortized per forgotten submission.
    if (this.#forgotten.size * 4 >= this.#events.length) this.#drop();
  }

  async rewrite(events: readonly LedgerEvent[]): Promise<void> {
    this.#events = [...events];
    this.#forgotten.clear();
  }

  /** Every event appended so far and not forgotten (for tests and tools). */
  events(): readonly LedgerEvent[] {
    if (this.#forgotten.size > 0) this.#drop();
    return this.#events;
  }

  #drop(): void {
    this.#events = this.#events.filter((event) => !this.#forgotten.has(submissionIdOf(event)));
    this.#forgotten.clear();
  }
}
