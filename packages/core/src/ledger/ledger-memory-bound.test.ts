import { describe, expect, it } from 'vitest';
import type { Job } from '../job/job.ts';
import { submissionIdOf } from './fold-ledger-event.ts';
import type { LedgerEvent, LedgerIntent, LedgerStore } from './ledger-types.ts';
import { Ledger } from './ledger.ts';
import { MemoryLedgerStore } from './memory-ledger-store.ts';

const PRICE = 1_000_000_000; // $0.10 in ticks

function intent(submissionId: string, key?: string): LedgerIntent {
  return {
    submissionId,
    provider: 'xai',
    type: 'text-to-image',
    request: { type: 'text-to-image', prompt: submissionId },
    quote: {
      provider: 'xai',
      type: 'text-to-image',
      usdTicks: PRICE,
      lines: [],
      warnings: [],
      confidence: 'documented',
      notes: [],
    },
    route: 'image',
    key,
  } as LedgerIntent;
}

function job(id: string, status: Job['status']): Job {
  return {
    id: `xai:${id}`,
    provider: 'xai',
    type: 'text-to-image',
    status,
    outputs: status === 'done' ? [{ url: `https://x.test/${id}.png`, mimeType: 'image/png' }] : [],
    warnings: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

async function submitted(ledger: Ledger, id: string, status: Job['status'], key?: string): Promise<void> {
  await ledger.recordIntent(intent(id, key)).durable;
  await ledger.recordAccepted(id, job(id, status));
}

describe('Ledger: memory stays bounded', () => {
  it('drops the oldest settled entries past maxSettledEntries, from the ledger and the memory store', async () => {
    const store = new MemoryLedgerStore();
    const ledger = new Ledger({ store, maxSettledEntries: 2 });
    for (const id of ['a', 'b', 'c', 'd']) await submitted(ledger, id, 'done');

    expect(ledger.entries().map((entry) => entry.submissionId)).toEqual(['c', 'd']);
    expect(ledger.entry('a')).toBeUndefined();
    expect(ledger.entryOfJob('xai:a')).toBeUndefined();
    expect(ledger.ownsJob('xai:b')).toBe(false);
    expect(ledger.entryOfJob('xai:d')?.job?.status).toBe('done');
    expect(new Set(store.events().map(submissionIdOf))).toEqual(new Set(['c', 'd']));
    // Spend still counts every submission this ledger made.
    expect(ledger.spend()).toMatchObject({ jobs: 4, usdTicks: 4 * PRICE });
  });

  it('never drops pending, unresolved or uncertain entries, however many settle after them', async () => {
    const ledger = new Ledger({ maxSettledEntries: 1 });
    await submitted(ledger, 'pending', 'pending');
    await ledger.recordIntent(intent('lost')).durable;
    await ledger.recordIntent(intent('unsure')).durable;
    await ledger.recordUncertain('unsure', { name: 'ConnectionError', kind: 'connection', message: 'reset' });
    for (const id of ['x', 'y', 'z']) await submitted(ledger, id, 'done');

    expect(ledger.entries().map((entry) => entry.submissionId)).toEqual(['pending', 'lost', 'unsure', 'z']);
    expect(ledger.unresolved().map((entry) => entry.submissionId)).toEqual(['lost', 'unsure']);
  });

  it('a pending job that ends later settles then, and is dropped in its turn', async () => {
    const ledger = new Ledger({ maxSettledEntries: 1 });
    await submitted(ledger, 'slow', 'pending');
    await submitted(ledger, 'fast', 'done');
    await ledger.recordJob(job('slow', 'done'));

    expect(ledger.entries().map((entry) => entry.submissionId)).toEqual(['slow']);
    expect(ledger.entryOfJob('xai:fast')).toBeUndefined();
  });

  it('keeps keyed entries when the store cannot look a key up again; drops them when it can', async () => {
    const kept = new Ledger({ maxSettledEntries: 1 });
    await submitted(kept, 'k1', 'done', 'key-1');
    await submitted(kept, 'k2', 'done', 'key-2');
    expect(kept.heldEntryOfKey('key-1')?.submissionId).toBe('k1');

    const shared = new MemoryLedgerStore();
    const lookup: LedgerStore = {
      load: () => shared.load(),
      append: (events) => shared.append(events),
      forget: (ids) => shared.forget(ids),
      eventsOfKey: async (key) =>
        shared.events().filter((event) => event.event === 'intent' && event.intent.key === key),
    };
    const dropping = new Ledger({ store: lookup, maxSettledEntries: 1 });
    await submitted(dropping, 'k1', 'done', 'key-1');
    await submitted(dropping, 'k2', 'done', 'key-2');
    expect(dropping.heldEntryOfKey('key-1')).toBeUndefined();
    expect(dropping.heldEntryOfKey('key-2')?.submissionId).toBe('k2');
  });

  it('holds a bounded number of entries over 10,000 settled submissions', async () => {
    const store = new MemoryLedgerStore();
    const ledger = new Ledger({ store, maxSettledEntries: 100 });
    for (let i = 0; i < 10_000; i++) await submitted(ledger, `s${i}`, 'done');
    expect(ledger.entries()).toHaveLength(100);
    expect(store.events().length).toBeLessThanOrEqual(2 * 100 * 1.34);
    expect(ledger.spend().jobs).toBe(10_000);
  });
});

describe('Ledger: the store sees events in call order', () => {
  it('a write made just as the load finishes does not overtake writes queued on the load', async () => {
    let finishLoad: (events: LedgerEvent[]) => void = () => {};
    const loading = new Promise<LedgerEvent[]>((resolve) => {
      finishLoad = resolve;
    });
    const appended: string[] = [];
    const store: LedgerStore = {
      load: () => loading,
      append: async (events) => {
        for (const event of events) appended.push(submissionIdOf(event));
      },
    };
    const ledger = new Ledger({ store });
    const first = ledger.recordIntent(intent('queued-on-load')).durable;
    // Another reader of the same load (a shared store's own bookkeeping) writes as soon as it ends.
    const second = loading.then(() => ledger.recordIntent(intent('written-at-load')).durable);
    expect(ledger.loaded).toBe(false);
    finishLoad([]);
    await Promise.all([first, second]);
    expect(ledger.loaded).toBe(true);
    expect(appended).toEqual(['queued-on-load', 'written-at-load']);
  });
});
