import type { GenerationRequest } from '@grok-imagine/core';
import { type Emulator, startEmulator } from '@grok-imagine/emulator';
import { Ledger } from '@grok-imagine/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BatchItemOutcome,
  createBatchQueue,
  RedisLedgerStore,
  RedisUnavailableError,
  startWorker,
} from '../src/index.ts';
import { emulatorConfig, FAST_SCHEDULE } from './helpers/emulator-config.ts';
import { auditBatch } from './helpers/ledger-audit.ts';
import { startRedis, type TestRedis } from './helpers/redis-server.ts';

let redis: TestRedis;
let emulator: Emulator;

beforeAll(async () => {
  // Append-only, fsynced: what a production Redis runs with, so the data outlives the outage.
  redis = await startRedis({ appendonly: true });
  emulator = await startEmulator({
    seed: 31,
    speed: 20,
    rateLimits: { xai: false, pixazo: false, vydra: false },
  });
});

afterAll(async () => {
  await emulator?.close();
  await redis?.close();
});

describe('a Redis outage mid-batch', () => {
  it('surfaces as RedisUnavailableError, and the batch resumes when Redis is back without sending anything twice', async () => {
    const prefix = 'outage';
    const queue = createBatchQueue({ connection: redis.url, prefix });
    const worker = startWorker({
      connection: redis.url,
      prefix,
      config: emulatorConfig(emulator),
      concurrency: 4,
      schedule: FAST_SCHEDULE,
      limits: { xai: { rules: [{ key: '*', limit: 20, intervalMs: 1_000 }], maxConcurrentJobs: 6 } },
      lockDurationMs: 3_000,
      slotRetryMs: 100,
    });
    const requests: GenerationRequest[] = Array.from({ length: 30 }, (_, i) =>
      i % 2
        ? { type: 'text-to-video', prompt: `outage video ${i}`, duration: 1 }
        : { type: 'text-to-image', prompt: `outage image ${i}` },
    );
    const { batchId } = await queue.enqueue(requests, { batchId: 'outage' });
    // Let part of the batch run, then take Redis away.
    for (;;) {
      const progress = await queue.progress(batchId);
      if (progress.done >= 6) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await redis.stop();
    const error = await queue.progress(batchId).catch((e: unknown) => e);
    expect(RedisUnavailableError.isRedisUnavailable(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'RedisUnavailableError',
      code: 'redis_unavailable',
      kind: 'connection',
      retryable: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await redis.restart();

    const outcomes = new Map<string, BatchItemOutcome>();
    for await (const outcome of queue.results(batchId)) outcomes.set(outcome.key, outcome);
    const progress = await queue.progress(batchId);
    expect(progress).toMatchObject({ total: 30, queued: 0, submitted: 0 });
    expect(progress.done + progress.uncertain).toBe(30);
    for (const outcome of outcomes.values()) {
      if (outcome.state === 'uncertain') expect(outcome.error?.hint).toBeTruthy();
    }
    const ledger = new Ledger({ store: new RedisLedgerStore({ connection: redis.url, prefix }) });
    await ledger.ready();
    const audit = auditBatch(emulator.jobs.values(), ledger.entries());
    console.info(
      `redis outage test: emulator jobs=${audit.jobs} ledger=${JSON.stringify(audit.states)} progress=${JSON.stringify(progress)}`,
    );
    expect(audit.duplicates).toEqual([]);
    expect(audit.unknownToLedger).toEqual([]);
    await ledger.store.close?.();
    await worker.close();
    await queue.close();
  }, 60_000);
});
