import type { GenerationRequest } from '@grok-imagine/core';
import { type Emulator, startEmulator } from '@grok-imagine/emulator';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BatchItemOutcome, createBatchQueue, startWorker } from '../src/index.ts';
import { emulatorConfig, FAST_SCHEDULE } from './helpers/emulator-config.ts';
import { startRedis, type TestRedis } from './helpers/redis-server.ts';

let redis: TestRedis;
let emulator: Emulator;

beforeAll(async () => {
  redis = await startRedis();
  emulator = await startEmulator({
    seed: 11,
    speed: 40,
    rateLimits: { xai: false, pixazo: false, vydra: false },
  });
});

afterAll(async () => {
  await emulator?.close();
  await redis?.close();
});

async function collect(iterable: AsyncIterable<BatchItemOutcome>): Promise<BatchItemOutcome[]> {
  const all: BatchItemOutcome[] = [];
  for await (const outcome of iterable) all.push(outcome);
  return all.sort((a, b) => a.index - b.index);
}

describe('createBatchQueue + startWorker', () => {
  it('runs images and videos through both stages; enqueuing the same keys again adds nothing', async () => {
    const prefix = 'b1';
    const queue = createBatchQueue({ connection: redis.url, prefix });
    const worker = startWorker({
      connection: redis.url,
      prefix,
      config: emulatorConfig(emulator),
      concurrency: 4,
      schedule: FAST_SCHEDULE,
      limits: { xai: { rules: [{ key: '*', limit: 100, intervalMs: 1_000 }], maxConcurrentJobs: 3 } },
    });
    const requests: GenerationRequest[] = [
      { type: 'text-to-image', prompt: 'b1 a lighthouse' },
      { type: 'text-to-video', prompt: 'b1 waves', duration: 2 },
      { type: 'text-to-image', prompt: 'b1 [policy] a storm' },
      { type: 'text-to-video', prompt: 'b1 gulls', duration: 1 },
      { type: 'text-to-video', prompt: 'b1 [expire] fog', duration: 1 },
      { type: 'text-to-video', prompt: 'b1 [fail] hail', duration: 1 },
      // xAI answers a failing synchronous image with a 500: the job may exist, so it is uncertain.
      { type: 'text-to-image', prompt: 'b1 [fail] thunder' },
    ];
    const keys = requests.map((_, i) => `b1-item-${i}`);
    const first = await queue.enqueue(requests, { batchId: 'batch-1', keys });
    expect(first).toEqual({ batchId: 'batch-1', added: 7, skipped: [] });
    const again = await queue.enqueue(requests, { batchId: 'batch-1', keys });
    expect(again.added).toBe(0);
    const outcomes = await collect(queue.results('batch-1'));
    expect(outcomes.map((o) => [o.key, o.state])).toEqual([
      ['b1-item-0', 'done'],
      ['b1-item-1', 'done'],
      ['b1-item-2', 'failed'],
      ['b1-item-3', 'done'],
      ['b1-item-4', 'expired'],
      ['b1-item-5', 'failed'],
      ['b1-item-6', 'uncertain'],
    ]);
    expect(outcomes[1]!.outputs?.[0]?.mimeType).toBe('video/mp4');
    expect(outcomes[1]!.job?.id).toMatch(/^xai:/);
    expect(outcomes[2]!.error).toMatchObject({
      name: 'ContentPolicyError',
      code: 'content_policy_violation',
    });
    expect(outcomes[2]!.job).toBeUndefined();
    expect(outcomes[5]!.error).toMatchObject({ name: 'JobFailedError' });
    expect(outcomes[6]!.error).toMatchObject({
      name: 'SubmissionUncertainError',
      code: 'submission_uncertain',
    });
    expect(outcomes[6]!.error?.submissionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(outcomes[6]!.error?.hint).toContain('Look in your xai account');
    const progress = await queue.progress('batch-1');
    expect(progress).toMatchObject({
      total: 7,
      queued: 0,
      submitted: 0,
      done: 3,
      failed: 2,
      expired: 1,
      uncertain: 1,
    });
    expect(progress.spentUsd).toBeGreaterThan(0);
    // One emulator job per item, whatever was enqueued twice.
    expect(
      [...emulator.jobs.values()].filter((job) => JSON.stringify(job.request).includes('b1 ')),
    ).toHaveLength(5);
    // (the refused [policy] item and the 500-answered image created none)
    // The account's job slots were all given back.
    const admin = new Redis(redis.url);
    expect(await admin.zcard('b1:jobs:xai')).toBe(0);
    admin.disconnect();
    await worker.close();
    await queue.close();
  });
});

describe('cancel', () => {
  it('stops the items no worker has taken yet; a worker that starts later sends none of them', async () => {
    const prefix = 'b2';
    const queue = createBatchQueue({ connection: redis.url, prefix });
    const requests: GenerationRequest[] = Array.from({ length: 5 }, (_, i) => ({
      type: 'text-to-image',
      prompt: `b2 item ${i}`,
    }));
    const { batchId } = await queue.enqueue(requests, { batchId: 'cancel-me' });
    const cancelled = await queue.cancel(batchId);
    expect(cancelled).toMatchObject({ total: 5, queued: 0, failed: 5, spentUsd: 0 });
    const worker = startWorker({
      connection: redis.url,
      prefix,
      config: emulatorConfig(emulator),
      concurrency: 2,
    });
    const outcomes = await collect(queue.results(batchId));
    expect(outcomes.map((o) => [o.index, o.state, o.error?.code])).toEqual(
      [0, 1, 2, 3, 4].map((i) => [i, 'failed', 'cancelled']),
    );
    expect(
      [...emulator.jobs.values()].filter((job) => JSON.stringify(job.request).includes('b2 item')),
    ).toHaveLength(0);
    await expect(queue.progress('no-such-batch')).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'No batch no-such-batch under prefix b2.',
    });
    await worker.close();
    await queue.close();
  });

  it('refuses a bad batch whole: nothing is enqueued', async () => {
    const queue = createBatchQueue({ connection: redis.url, prefix: 'b3' });
    const requests = [
      { type: 'text-to-image', prompt: 'fine' },
      { type: 'text-to-image' },
    ] as GenerationRequest[];
    await expect(queue.enqueue(requests, { batchId: 'bad' })).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'requests[1].prompt',
    });
    await expect(
      queue.enqueue([requests[0]!, requests[0]!], { batchId: 'bad', keys: ['k', 'k'] }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'keys[1]',
    });
    await expect(queue.progress('bad')).rejects.toMatchObject({ name: 'ValidationError' });
    await queue.close();
  });
});

describe('jobChanged (what a webhook receiver calls)', () => {
  it('reads a running job now instead of at its scheduled time', async () => {
    const prefix = 'b4';
    const queue = createBatchQueue({ connection: redis.url, prefix });
    // The first scheduled read is a minute away: only jobChanged can end the item within the test.
    const worker = startWorker({
      connection: redis.url,
      prefix,
      config: emulatorConfig(emulator),
      schedule: { firstCheckMs: () => 60_000 },
    });
    const { batchId } = await queue.enqueue(
      [{ type: 'text-to-video', prompt: 'b4 a slow tide', duration: 1 }],
      { keys: ['tide'] },
    );
    let jobId: string | undefined;
    while (!jobId) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      jobId = [...emulator.jobs.values()].find((job) =>
        JSON.stringify(job.request).includes('b4 a slow tide'),
      )?.id;
    }
    // The emulator's video takes ~75 ms at this speed; tell the queue once it is done.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const admin = new Redis(redis.url);
    while (!(await admin.hget('b4:job-items', `xai:${jobId}`)))
      await new Promise((resolve) => setTimeout(resolve, 20));
    admin.disconnect();
    expect(await queue.jobChanged(`xai:${jobId}`)).toBe(true);
    expect(await queue.jobChanged('xai:not-a-job')).toBe(false);
    const outcomes = await collect(queue.results(batchId));
    expect(outcomes.map((o) => [o.key, o.state])).toEqual([['tide', 'done']]);
    await worker.close();
    await queue.close();
  });
});
