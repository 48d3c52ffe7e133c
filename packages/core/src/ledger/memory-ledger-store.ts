import type { LedgerEvent, LedgerStore } from './ledger-types.ts';

/** A ledger store in memory: lost with the process. The default when no file or Redis is set. */
export class MemoryLedgerStore implements LedgerStore {
  #events: LedgerEvent[] = [];

  async load(): Promise<LedgerEvent[]> {
    return [...this.#events];
  }

  async append(events: readonly LedgerEvent[]): Promise<void> {
    this.#events.push(...events);
  }

  async rewrite(events: readonly LedgerEvent[]): Promise<void> {
    this.#events = [...events];
  }

  /** Every event appended so far (for tests and tools). */
  events(): readonly LedgerEvent[] {
    return this.#events;
  }
}
