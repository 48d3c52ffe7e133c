import { describe, expect, it, vi } from 'vitest';
import type { Job } from '../job/job.ts';
import { usdToTicks } from '../pricing/money.ts';
import type { PriceEntry } from '../pricing/price-catalog.ts';
import { buildQuote, quoteLine } from '../pricing/quote.ts';
import { createFakeClock } from '../testing/fake-clock.ts';
import { RecordingStore } from '../../test/support/recording-store.ts';
import { Ledger } from './ledger.ts';
import type { LedgerError, LedgerIntent } from './ledger-types.ts';
import { MemoryLedgerStore } from './memory-ledger-store.ts';

const second: PriceEntry = {
  description: 'Video second',
  unit: 'second',
  usdTicks: usdToTicks('0.05'),
  source: 'test',
  asOf: '2026-01-01',
  confidence: 'documented',
};
// $0.30 = 3e9 ticks.
const quote = buildQuote('xai', 'text-to-video', [quoteLine('second', second, 6)]);
const QUOTED = 3_000_000_000;
const LOST: LedgerError = { name: 'ConnectionError', kind: 'connection', message: 'reset' };

function intent(submissionId: string, patch: Partial<LedgerIntent> = {}): LedgerIntent {
  return {
    submissionId,
    provider: 'xai',
    type: 'text-to-video',
    request: { type: 'text-to-video', prompt: 'p' },
    quote,
    route: 'video',
    ...patch,
  };
}

function job(id: string, patch: Partial<Job> = {}): Job {
  return {
    id: `xai:${id}`,
    provider: 'xai',
    type: 'text-to-video',
    status: 'pending',
    outputs: [],
    warnings: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}

function setup(store = new RecordingStore()) {
  const clock = createFakeClock();
  return { store, clock, ledger: new Ledger({ store, clock }) };
}

describe('Ledger: folding events', () => {
  it('intent → accepted → job states, each a new event, in order; the entry follows', async () => {
    const { ledger, store, clock } = setup();
    const { entry, durable } = ledger.recordIntent(intent('s1', { key: 'k1' }));
    expect(entry).toMatchObject({
      submissionId: 's1',
      state: 'intent',
      intentAt: '2026-01-01T00:00:00.000Z',
    });
    await durable;
    clock.advance(1000);
    await ledger.recordAccepted('s1', job('a', { raw: { big: true } }));
    await ledger.recordJob(
      job('a', { status: 'done', outputs: [{ url: 'u', data: 'AAAA', mimeType: 'video/mp4' }] }),
    );
    expect(store.events().map((e) => e.event)).toEqual(['intent', 'accepted', 'job']);
    const accepted = ledger.entry('s1')!;
    expect(accepted).toMatchObject({
      state: 'accepted',
      jobId: 'xai:a',
      updatedAt: '2026-01-01T00:00:01.000Z',
    });
    // The ledger keeps no raw body and no inline bytes.
    expect(accepted.job).toMatchObject({ status: 'done', outputs: [{ url: 'u', mimeType: 'video/mp4' }] });
    expect(accepted.job).not.toHaveProperty('raw');
    expect(accepted.job?.outputs[0]).not.toHaveProperty('data');
    expect(accepted).not.toBe(entry);
    expect(entry.state, 'an entry object is never changed in place').toBe('intent');
  });

  it('refused or uncertain never undo accepted; job states before accepted and unknown ids are ignored', async () => {
    const { ledger } = setup();
    ledger.recordIntent(intent('s1'));
    await ledger.recordJob(job('a', { status: 'done' }));
    expect(ledger.entry('s1')?.job).toBeUndefined();
    await ledger.recordAccepted('s1', job('a'));
    await ledger.recordUncertain('s1', LOST);
    await ledger.recordRefused('s1', LOST);
    expect(ledger.entry('s1')?.state).toBe('accepted');
    await ledger.recordAccepted('ghost', job('g'));
    await ledger.recordUncertain('ghost', LOST);
    expect(ledger.entry('ghost')).toBeUndefined();
    expect(ledger.ownsJob('xai:g')).toBe(false);
  });

  it('uncertain keeps the error and candidates; a later accepted clears them', async () => {
    const { ledger } = setup();
    ledger.recordIntent(intent('s1'));
    await ledger.recordUncertain('s1', LOST, ['xai:a', 'xai:b']);
    expect(ledger.entry('s1')).toMatchObject({
      state: 'uncertain',
      error: LOST,
      candidates: ['xai:a', 'xai:b'],
    });
    await ledger.recordAccepted('s1', job('a'), 'reconcile');
    expect(ledger.entry('s1')).toMatchObject({ state: 'accepted', error: undefined, candidates: undefined });
  });
});

describe('Ledger: indexes', () => {
  it('finds entries by submission, job id and idempotency key; unresolved() lists intent and uncertain', async () => {
    const { ledger } = setup();
    ledger.recordIntent(intent('s1', { key: 'k1' }));
    ledger.recordIntent(intent('s2', { key: 'k2' }));
    ledger.recordIntent(intent('s3'));
    ledger.recordIntent(intent('s4'));
    await ledger.recordAccepted('s1', job('a'));
    await ledger.recordUncertain('s2', LOST);
    await ledger.recordRefused('s4', LOST);
    expect(ledger.entryOfJob('xai:a')?.submissionId).toBe('s1');
    expect(ledger.entryOfJob('xai:zzz')).toBeUndefined();
    expect((await ledger.entryOfKey('k2'))?.submissionId).toBe('s2');
    expect(ledger.heldEntryOfKey('k1')?.submissionId).toBe('s1');
    expect(await ledger.entryOfKey('nope')).toBeUndefined();
    expect(ledger.ownsJob('xai:a')).toBe(true);
    expect(ledger.unresolved().map((e) => e.submissionId)).toEqual(['s2', 's3']);
    expect(ledger.entries().map((e) => e.submissionId)).toEqual(['s1', 's2', 's3', 's4']);
    await ledger.recordSuperseded('s2', 's5');
    expect(ledger.unresolved().map((e) => e.submissionId)).toEqual(['s3']);
  });

  it('a key re-used after a refusal points at the newest submission', async () => {
    const { ledger } = setup();
    ledger.recordIntent(intent('s1', { key: 'k' }));
    await ledger.recordRefused('s1', LOST);
    ledger.recordIntent(intent('s2', { key: 'k' }));
    expect((await ledger.entryOfKey('k'))?.submissionId).toBe('s2');
  });
});

describe('Ledger: spend', () => {
  it('intent and uncertain count their quote, refused nothing, accepted its cost, uncharged failures 0', async () => {
    const { ledger } = setup();
    expect(ledger.spend()).toEqual({ usdTicks: 0, usd: 0, jobs: 0, unpricedJobs: 0 });
    ledger.recordIntent(intent('s1'));
    expect(ledger.spend(), 'an intent counts before the request leaves').toMatchObject({
      usdTicks: QUOTED,
      jobs: 1,
    });
    ledger.recordIntent(intent('s2'));
    await ledger.recordRefused('s2', LOST);
    expect(ledger.spend()).toMatchObject({ usdTicks: QUOTED, jobs: 1 });
    ledger.recordIntent(intent('s3'));
    await ledger.recordUncertain('s3', LOST);
    expect(ledger.spend()).toMatchObject({ usdTicks: 2 * QUOTED, jobs: 2 });
    await ledger.recordAccepted('s1', job('a', { cost: { basis: 'reported', usdTicks: 1_000_000_000 } }));
    expect(ledger.spend()).toMatchObject({ usdTicks: QUOTED + 1_000_000_000, jobs: 2 });
    await ledger.recordJob(
      job('a', { status: 'failed', error: { code: 'x', message: 'x', retryable: false, charged: false } }),
    );
    expect(ledger.spend()).toEqual({ usdTicks: QUOTED, usd: 0.3, jobs: 2, unpricedJobs: 0 });
    ledger.recordIntent(intent('s4', { quote: undefined }));
    expect(ledger.spend()).toMatchObject({ usdTicks: QUOTED, jobs: 3, unpricedJobs: 1 });
  });

  it('an accepted job without a reported cost counts its catalog cost (the quote)', async () => {
    const { ledger } = setup();
    ledger.recordIntent(intent('s1'));
    await ledger.recordAccepted('s1', job('a'));
    expect(ledger.spend().usdTicks).toBe(QUOTED);
  });

  it('spend() reads running totals, never the entries', () => {
    const { ledger } = setup();
    for (let i = 0; i < 50; i++) ledger.recordIntent(intent(`s${i}`));
    const entries = vi.spyOn(ledger, 'entries');
    expect(ledger.spend().usdTicks).toBe(50 * QUOTED);
    expect(entries).not.toHaveBeenCalled();
  });
});

describe('Ledger: writes', () => {
  it('writes reach the store in the order they were recorded, even when the intent is not awaited', async () => {
    const { ledger, store } = setup();
    ledger.recordIntent(intent('s1'));
    await ledger.recordAccepted('s1', job('a'));
    expect(store.events().map((e) => e.event)).toEqual(['intent', 'accepted']);
    const reopened = new Ledger({ store });
    await reopened.ready();
    expect(reopened.entry('s1')?.state).toBe('accepted');
  });

  it('recordJob writes only when status, phase, progress, outputs, cost or error change', async () => {
    const { ledger, store } = setup();
    ledger.recordIntent(intent('s1'));
    await ledger.recordAccepted('s1', job('a'));
    await ledger.recordJob(job('a', { updatedAt: '2026-01-01T00:00:09.000Z' }));
    await ledger.recordJob(job('a', { phase: 'queued' }));
    await ledger.recordJob(job('a', { phase: 'queued', raw: { polled: 2 } }));
    await ledger.recordJob(job('a', { phase: 'processing', progress: 10 }));
    await ledger.recordJob(job('a', { phase: 'processing', progress: 10 }));
    await ledger.recordJob(job('a', { status: 'done', outputs: [{ url: 'u', mimeType: 'video/mp4' }] }));
    await ledger.recordJob(job('other', { status: 'done' }));
    expect(store.count('job')).toBe(3);
    expect(store.log).toEqual([
      'append intent durable',
      'append accepted durable',
      'append job lazy',
      'append job lazy',
      'append job lazy',
    ]);
  });

  it('loads a store once, then continues it; loaded submissions do not count towards this ledger’s spend', async () => {
    const first = setup(new RecordingStore());
    first.ledger.recordIntent(intent('s1', { key: 'k1' }));
    first.ledger.recordIntent(intent('s2'));
    await first.ledger.recordAccepted('s1', job('a'));
    await first.ledger.recordUncertain('s2', LOST);
    const load = vi.spyOn(first.store, 'load');
    const second = new Ledger({ store: first.store, clock: first.clock });
    await Promise.all([second.ready(), second.ready()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(second.entries()).toEqual(first.ledger.entries());
    expect(second.entryOfJob('xai:a')?.submissionId).toBe('s1');
    expect(second.unresolved().map((e) => e.submissionId)).toEqual(['s2']);
    expect(second.spend().jobs).toBe(0);
    await second.recordAccepted('s2', job('b'), 'reconcile');
    expect(second.entry('s2')?.state).toBe('accepted');
    const { durable } = second.recordIntent(intent('s3'));
    expect(second.spend()).toMatchObject({ usdTicks: QUOTED, jobs: 1 });
    await durable;
    const third = new Ledger({ store: first.store });
    await third.ready();
    expect(third.entries().map((e) => e.state)).toEqual(['accepted', 'accepted', 'intent']);
  });

  it('compact rewrites the history as one snapshot per entry, and a new ledger reads the same entries', async () => {
    const store = new MemoryLedgerStore();
    const { ledger } = setup();
    const compacting = new Ledger({ store, clock: createFakeClock() });
    compacting.recordIntent(intent('s1'));
    await compacting.recordAccepted('s1', job('a'));
    await compacting.recordJob(job('a', { phase: 'processing' }));
    compacting.recordIntent(intent('s2'));
    await compacting.recordRefused('s2', LOST);
    expect(store.events()).toHaveLength(5);
    await compacting.compact();
    expect(store.events().map((e) => e.event)).toEqual(['snapshot', 'snapshot']);
    const reopened = new Ledger({ store });
    await reopened.ready();
    expect(reopened.entries()).toEqual(compacting.entries());
    expect(reopened.entryOfJob('xai:a')?.job?.phase).toBe('processing');
    expect(ledger.entries()).toEqual([]);
  });
});
