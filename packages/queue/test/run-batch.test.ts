import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GenerationRequest } from '@grok-imagine/core';
import { type Emulator, startEmulator } from '@grok-imagine/emulator';
import { createImagine } from '@grok-imagine/sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BatchItemOutcome, runBatch } from '../src/index.ts';
import { emulatorConfig } from './helpers/emulator-config.ts';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: 21,
    speed: 40,
    rateLimits: { xai: false, pixazo: false, vydra: false },
  });
});

afterAll(async () => {
  await emulator?.close();
});

async function collect(iterable: AsyncIterable<BatchItemOutcome>): Promise<BatchItemOutcome[]> {
  const all: BatchItemOutcome[] = [];
  for await (const outcome of iterable) all.push(outcome);
  return all.sort((a, b) => a.index - b.index);
}

const requests: GenerationRequest[] = [
  { type: 'text-to-image', prompt: 'rb a teapot' },
  { type: 'text-to-video', prompt: 'rb steam', duration: 1 },
  { type: 'text-to-image', prompt: 'rb [policy] a kettle' },
  { type: 'text-to-video', prompt: 'rb [fail] a cup', duration: 1 },
];

function jobsWith(marker: string) {
  return [...emulator.jobs.values()].filter((job) => JSON.stringify(job.request).includes(marker));
}

describe('runBatch (in-process, no Redis)', () => {
  it('runs the same lifecycle through one sdk client: outcomes, progress, spend', async () => {
    const run = runBatch(requests, { config: emulatorConfig(emulator), batchId: 'rb-1', concurrency: 2 });
    expect(run.progress()).toMatchObject({ total: 4, queued: 4, submitted: 0 });
    const outcomes = await collect(run.results());
    const progress = await run.done;
    expect(outcomes.map((o) => [o.key, o.state])).toEqual([
      ['rb-1/0', 'done'],
      ['rb-1/1', 'done'],
      ['rb-1/2', 'failed'],
      ['rb-1/3', 'failed'],
    ]);
    expect(outcomes[2]!.error).toMatchObject({ name: 'ContentPolicyError' });
    expect(outcomes[3]!.error).toMatchObject({ name: 'JobFailedError' });
    expect(progress).toMatchObject({
      total: 4,
      queued: 0,
      submitted: 0,
      done: 2,
      failed: 2,
      expired: 0,
      uncertain: 0,
    });
    // $0.02 image + a 1 s video at the default 720p, $0.07/s; the failed video was not charged.
    expect(progress.spentUsd).toBeCloseTo(0.09, 10);
  });

  it('sends nothing twice when the same batch runs again on a journal file', async () => {
    const journal = join(await mkdtemp(join(tmpdir(), 'grok-imagine-run-batch-')), 'jobs.jsonl');
    const config = { ...emulatorConfig(emulator), journal: { file: journal } };
    const batch: GenerationRequest[] = [
      { type: 'text-to-image', prompt: 'rb2 a lamp' },
      { type: 'text-to-video', prompt: 'rb2 a lamp flickers', duration: 1 },
    ];
    const keys = ['lamp-image', 'lamp-video'];
    await runBatch(batch, { config, keys }).done;
    const again = runBatch(batch, { imagine: createImagine(config), keys });
    const outcomes = await collect(again.results());
    expect(outcomes.map((o) => o.state)).toEqual(['done', 'done']);
    expect(jobsWith('rb2 ')).toHaveLength(2);
  });

  it('cancel stops the items not yet sent; the one running (xAI cannot cancel) is followed to its end', async () => {
    const many: GenerationRequest[] = Array.from({ length: 6 }, (_, i) => ({
      type: 'text-to-video',
      prompt: `rb3 clip ${i}`,
      duration: 1,
    }));
    // One lane: the first item is on its way when cancel comes, the other five are not sent.
    const run = runBatch(many, { config: emulatorConfig(emulator), concurrency: 1 });
    run.cancel();
    const progress = await run.done;
    expect(progress).toMatchObject({ total: 6, done: 1, failed: 5 });
    const outcomes = await collect(run.results());
    expect(outcomes[0]!.state).toBe('done');
    expect(outcomes[1]!.error).toEqual({
      name: 'GrokImagineError',
      code: 'cancelled',
      message: 'The batch was cancelled before this item was sent.',
    });
    expect(jobsWith('rb3 ')).toHaveLength(1);
  });

  it('refuses a bad request before anything runs, naming the item', () => {
    expect(() =>
      runBatch([{ type: 'text-to-image', prompt: 'ok' }, { type: 'text-to-pdf' } as never]),
    ).toThrow(
      expect.objectContaining({
        name: 'ValidationError',
        field: 'requests[1].type',
        message: expect.stringMatching(/^requests\[1\]: Request type "text-to-pdf"/),
      }),
    );
  });
});
