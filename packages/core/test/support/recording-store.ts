import type { LedgerEvent } from '../../src/ledger/ledger-types.ts';
import { MemoryLedgerStore } from '../../src/ledger/memory-ledger-store.ts';

/**
 * An in-memory ledger store that logs each append into `log` (shared with other spies, to check the
 * order of writes and requests) and can be told to fail appends of one event kind.
 */
export class RecordingStore extends MemoryLedgerStore {
  /** `append <event> durable|lazy`, in call order, plus whatever other spies push. */
  readonly log: string[];
  /** Appends of this event kind reject (a full disk). */
  failOn: LedgerEvent['event'] | undefined;

  constructor(log: string[] = []) {
    super();
    this.log = log;
  }

  override async append(events: readonly LedgerEvent[], options?: { durable: boolean }): Promise<void> {
    for (const event of events)
      this.log.push(`append ${event.event} ${options?.durable ? 'durable' : 'lazy'}`);
    if (events.some((event) => event.event === this.failOn)) throw new Error('disk full');
    await super.append(events);
  }

  /** How many events of a kind were appended. */
  count(kind: LedgerEvent['event']): number {
    return this.events().filter((event) => event.event === kind).length;
  }
}
