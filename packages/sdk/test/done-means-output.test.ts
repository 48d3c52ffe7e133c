import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ContentPolicyError,
  createImagine,
  type GenerationRequest,
  type Job,
  JobFailedError,
  type ProviderId,
} from '../src/index.ts';
import { type EmulatorWorld, startEmulatorWorld } from './helpers/emulator-env.ts';

// The rule docs/job-model.md states, checked end to end on every provider through the emulator's
// prompt markers: a job is done only when it has output to keep.
let world: EmulatorWorld;
beforeAll(async () => {
  world = await startEmulatorWorld();
});
afterAll(async () => {
  await world?.emulator.close();
});

function on(provider: ProviderId) {
  return createImagine({ env: world.keysEnv, provider, clock: world.clock, providers: world.providers });
}

async function refusal(provider: ProviderId, request: GenerationRequest) {
  const error = await on(provider)
    .generate(request)
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(Error);
  return error as Error & { code?: string; job: Job };
}

const video = (prompt: string): GenerationRequest => ({ type: 'text-to-video', prompt, duration: 6 });

describe('done means output', () => {
  it('xAI: a done video without a video, or with an empty URL, is failed no_output (JobFailedError)', async () => {
    for (const marker of ['[xai:no-video]', '[xai:empty-url]']) {
      const error = await refusal('xai', video(`a tide ${marker}`));
      expect(error).toBeInstanceOf(JobFailedError);
      expect(error.code).toBe('no_output');
      expect(error.job).toMatchObject({
        status: 'failed',
        outputs: [],
        error: { code: 'no_output', retryable: false },
        // xAI reported what it billed, so the cost stands as reported.
        cost: { basis: 'reported', usdTicks: 4_200_000_000 },
      });
    }
  });

  it('Pixazo: COMPLETED without output is failed no_output; the catalog cost is kept as charged unknown', async () => {
    const error = await refusal('pixazo', video('a tide [pixazo:no-output]'));
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error.job).toMatchObject({
      status: 'failed',
      error: {
        code: 'no_output',
        message: 'The provider reported the job done but returned no output.',
        retryable: false,
      },
      cost: { basis: 'catalog', usdTicks: 4_200_000_000, charged: 'unknown' },
    });
  });

  it('xAI: every output withheld by moderation is failed content_policy, and generate rejects with ContentPolicyError', async () => {
    const error = await refusal('xai', { type: 'text-to-image', prompt: 'a fox [moderate]', n: 2 });
    expect(error).toBeInstanceOf(ContentPolicyError);
    expect(error.message).toMatch(
      /^Job xai:image-\S+ was refused by content moderation: Every output \(2\) was withheld by the provider's moderation\.$/,
    );
    expect(error.job).toMatchObject({
      status: 'failed',
      error: { code: 'content_policy', kind: 'content_policy', retryable: false },
    });
    const blockedVideo = await refusal('xai', video('a fox [moderate]'));
    expect(blockedVideo).toBeInstanceOf(ContentPolicyError);
  });

  it('xAI: some outputs withheld is done with the rest and a moderated warning', async () => {
    const job = await on('xai').generate({
      type: 'text-to-image',
      prompt: 'a fox [xai:moderate-first]',
      n: 2,
    });
    expect(job.status).toBe('done');
    expect(job.outputs).toHaveLength(1);
    expect(job.outputs[0]!.url).toMatch(/^http/);
    expect(job.warnings).toContainEqual({
      type: 'moderated',
      provider: 'xai',
      message: '1 of 2 outputs were withheld by moderation.',
    });
  });

  it('Pixazo and Vydra report moderation as a plain failure (no moderation code): JobFailedError, code failed', async () => {
    const pixazo = await refusal('pixazo', video('a fox [moderate]'));
    expect(pixazo).toBeInstanceOf(JobFailedError);
    expect(pixazo.job.error).toEqual({
      code: 'failed',
      message: 'Output blocked by content moderation.',
      retryable: false,
    });
    const vydra = await refusal('vydra', video('a fox [moderate]'));
    expect(vydra).toBeInstanceOf(JobFailedError);
    // Vydra refunds a failed job: not charged, so no cost.
    expect(vydra.job.error).toEqual({
      code: 'failed',
      message: 'Output blocked by content moderation.',
      retryable: false,
      charged: false,
    });
    expect(vydra.job.cost).toBeUndefined();
  });

  it('wait resolves with the failed job rather than rejecting; generate is the call that throws', async () => {
    const imagine = on('xai');
    const submitted = await imagine.submit(video('a fox [moderate]'));
    const ended = await imagine.wait(submitted.id);
    expect(ended).toMatchObject({ status: 'failed', error: { kind: 'content_policy' } });
  });
});
