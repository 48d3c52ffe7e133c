import {
  GrokImagineError,
  Ledger,
  type LedgerEvent,
  type LedgerIntent,
  type LedgerStore,
} from '@grok-imagine/core';
import { createImagine } from '@grok-imagine/sdk';
import { type Emulator, startEmulator } from '@grok-imagine/emulator';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../../test/helpers/redis-server.ts';
import { RedisUnavailableError } from '../redis/redis-unavailable-error.ts';
import { RedisLedgerStore } from './redis-ledger-store.ts';

let redis: TestRedis;
let admin: Redis;
let emulator: Emulator;

beforeAll(async () => {
  redis = await startRedis();
  admin = new Redis(redis.url);
  emulator = await startEmulator({
    seed: 3,
    speed: 50,
    rateLimits: { xai: false, pixazo: false, vydra: false },
  });
});

afterAll(async () => {
  admin?.disconnect();
  await redis?.close();
  await emulator?.close();
});

beforeEach(async () => {
  await admin.flushall();
});

const AT = '2026-12-01T10:00:00.000Z';

function intent(submissionId: string, key?: string): LedgerIntent {
  return {
    submissionId,
    provider: 'xai',
    type: 'text-to-image',
    request: { type: 'text-to-image', prompt: `prompt of ${submissionId}` },
    key,
  };
}

function refused(submissionId: string): LedgerEvent {
  return {
    event: 'refused',
    at: AT,
    submissionId,
    error: { name: 'ValidationError', kind: 'validation', message: 'no' },
  };
}

describe('RedisLedgerStore', () => {
  it('loads what was appended, each submission in order, in intent order', async () => {
    const store = new RedisLedgerStore({ connection: redis.url, prefix: 't1' });
    const events: LedgerEvent[] = [
      { event: 'intent', at: AT, intent: intent('s1', 'k1') },
      { event: 'intent', at: AT, intent: intent('s2') },
      refused('s1'),
    ];
    await store.append(events, { durable: true });
    expect(await store.load()).toEqual([events[0], events[2], events[1]]);
    await store.close();
  });

  it('reads nothing with history "none", but still answers by key', async () => {
    const writer = new RedisLedgerStore({ connection: redis.url, prefix: 't2' });
    await writer.append([{ event: 'intent', at: AT, intent: intent('s1', 'k1') }], { durable: true });
    const worker = new RedisLedgerStore({ connection: redis.url, prefix: 't2', history: 'none' });
    expect(await worker.load()).toEqual([]);
    expect(await worker.eventsOfKey('k1')).toEqual([{ event: 'intent', at: AT, intent: intent('s1', 'k1') }]);
    expect(await worker.eventsOfKey('unknown')).toEqual([]);
    await Promise.all([writer.close(), worker.close()]);
  });

  it('refuses a second live intent for one key, and takes one after a refusal', async () => {
    const store = new RedisLedgerStore({ connection: redis.url, prefix: 't3' });
    await store.append([{ event: 'intent', at: AT, intent: intent('s1', 'k') }], { durable: true });
    const second = store.append([{ event: 'intent', at: AT, intent: intent('s2', 'k') }], { durable: true });
    await expect(second).rejects.toMatchObject({
      name: 'GrokImagineError',
      code: 'idempotency_key_taken',
      accepted: 'no',
      message: 'Idempotency key "k" already belongs to submission s1; nothing was sent.',
    });
    // The refused intent left nothing behind, and a later event for it is dropped.
    await store.append([refused('s2')], { durable: false });
    expect((await store.load()).map((e) => e.event)).toEqual(['intent']);
    await store.append([refused('s1')], { durable: true });
    await store.append([{ event: 'intent', at: AT, intent: intent('s3', 'k') }], { durable: true });
    expect((await store.eventsOfKey('k'))[0]).toMatchObject({ intent: { submissionId: 's3' } });
  });

  it('rewrites the ledger as snapshots that a new ledger folds back', async () => {
    const store = new RedisLedgerStore({ connection: redis.url, prefix: 't4' });
    const ledger = new Ledger({ store });
    await ledger.ready();
    const a = ledger.recordIntent(intent('s1', 'k1'));
    await a.durable;
    await ledger.recordRefused('s1', { name: 'X', kind: 'validation', message: 'bad' });
    await ledger.recordIntent(intent('s2', 'k2')).durable;
    await ledger.compact();
    expect((await store.load()).map((e) => e.event)).toEqual(['snapshot', 'snapshot']);
    const again = new Ledger({ store: new RedisLedgerStore({ connection: redis.url, prefix: 't4' }) });
    await again.ready();
    expect(again.entries().map((e) => [e.submissionId, e.state, e.key])).toEqual([
      ['s1', 'refused', 'k1'],
      ['s2', 'intent', 'k2'],
    ]);
    // Snapshots keep the key index: a new intent on a live key is still refused.
    await expect(
      store.append([{ event: 'intent', at: AT, intent: intent('s9', 'k2') }], { durable: true }),
    ).rejects.toMatchObject({
      code: 'idempotency_key_taken',
    });
  });

  it('is the sdk ledger of two processes: one key submitted from both creates one job', async () => {
    const config = (prefix: string) => ({
      provider: 'xai' as const,
      providers: { xai: { baseURL: emulator.xaiBaseURL, apiKey: emulator.keys.xai, limits: false as const } },
      store: new RedisLedgerStore({ connection: redis.url, prefix, history: 'none' }),
    });
    const one = createImagine(config('t5'));
    const two = createImagine(config('t5'));
    const request = { type: 'text-to-image' as const, prompt: 'shared key: a red kite' };
    const first = await one.submit(request, { key: 'item-1' });
    const second = await two.submit(request, { key: 'item-1' });
    expect(second.id).toBe(first.id);
    const created = [...emulator.jobs.values()].filter(
      (job) => job.request && JSON.stringify(job.request).includes('red kite'),
    );
    expect(created).toHaveLength(1);
  });

  it('lets only one of two processes racing on a key send; the other is refused with nothing sent', async () => {
    // A true race: neither process writes its intent before both have looked the key up and found
    // nothing (else the later one would simply be told the key is taken, a different path).
    let lookups = 0;
    let bothLookedUp: () => void = () => {};
    const lookedUp = new Promise<void>((resolve) => {
      bothLookedUp = resolve;
    });
    const racingStore = (): LedgerStore => {
      const store = new RedisLedgerStore({ connection: redis.url, prefix: 't7', history: 'none' });
      return {
        load: () => store.load(),
        eventsOfKey: async (key) => {
          const events = await store.eventsOfKey(key);
          if (++lookups === 2) bothLookedUp();
          return events;
        },
        append: async (events, options) => {
          await lookedUp;
          return store.append(events, options);
        },
        close: () => store.close(),
      };
    };
    const config = () => ({
      provider: 'xai' as const,
      providers: { xai: { baseURL: emulator.xaiBaseURL, apiKey: emulator.keys.xai, limits: false as const } },
      store: racingStore(),
    });
    const request = { type: 'text-to-image' as const, prompt: 'racing key: a blue kite' };
    const settled = await Promise.allSettled([
      createImagine(config()).submit(request, { key: 'race' }),
      createImagine(config()).submit(request, { key: 'race' }),
    ]);
    const created = [...emulator.jobs.values()].filter((job) =>
      JSON.stringify(job.request).includes('blue kite'),
    );
    expect(created).toHaveLength(1);
    const refused = settled.filter((result) => result.status === 'rejected');
    expect(settled.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({
      code: 'idempotency_key_taken',
      accepted: 'no',
    });
  });

  it('turns an outage into RedisUnavailableError', async () => {
    const store = new RedisLedgerStore({ connection: 'redis://127.0.0.1:1', prefix: 't6' });
    const error = await store.load().catch((e: unknown) => e);
    expect(RedisUnavailableError.isRedisUnavailable(error)).toBe(true);
    expect(GrokImagineError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'RedisUnavailableError',
      code: 'redis_unavailable',
      kind: 'connection',
      retryable: true,
    });
    expect((error as Error).message).toMatch(/^Redis is unavailable \(.+\); could not read the ledger\.$/);
    await store.close();
  });
});
