import { ContentPolicyError, createClient, type ImagineClient, JobFailedError } from '@grok-imagine/core';
import { createFakeClock, type FakeClock } from '@grok-imagine/core/testing';
import { type Emulator, startEmulator } from '@grok-imagine/emulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createXaiAdapter } from '../src/index.ts';

// The answers of issue 13, asked of the emulator by prompt markers, through core's client over real
// HTTP (127.0.0.1). One fake clock drives the client, the limiter and the emulator's job timeline.
let clock: FakeClock;
let emulator: Emulator;

beforeEach(async () => {
  clock = createFakeClock();
  emulator = await startEmulator({ seed: 13, clock, timings: { videoMs: 20_000 } });
});
afterEach(async () => {
  await emulator.close();
});

function xaiClient(): ImagineClient {
  return createClient(createXaiAdapter({ apiKey: emulator.keys.xai, baseURL: emulator.xaiBaseURL, clock }), {
    clock,
  });
}

async function failure(run: Promise<unknown>): Promise<unknown> {
  return run.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

const VIDEO_SOURCE = 'https://example.com/clips/source.mp4';

describe('xAI fidelity against the emulator', () => {
  it('done with video: null → JobFailedError no_output; the reported cost is kept', async () => {
    const error = await failure(
      xaiClient().generate({ type: 'text-to-video', prompt: 'Dunes [xai:no-video]' }),
    );
    expect(error).toBeInstanceOf(JobFailedError);
    const job = (error as JobFailedError).job;
    expect(job).toMatchObject({
      status: 'failed',
      outputs: [],
      error: { code: 'no_output', retryable: false },
    });
    expect(job?.cost).toMatchObject({
      basis: 'reported',
      usdTicks: emulator.jobs.get(job!.id.slice(4))?.cost,
    });
  });

  it('done with an empty video URL → JobFailedError no_output', async () => {
    const error = await failure(
      xaiClient().generate({ type: 'text-to-video', prompt: 'Dunes [xai:empty-url]' }),
    );
    expect((error as JobFailedError).job?.error?.code).toBe('no_output');
  });

  it('a moderated video → ContentPolicyError (every output withheld)', async () => {
    const error = await failure(xaiClient().generate({ type: 'text-to-video', prompt: 'Dunes [moderate]' }));
    expect(error).toBeInstanceOf(ContentPolicyError);
    expect((error as ContentPolicyError).job).toMatchObject({
      status: 'failed',
      error: { code: 'content_policy' },
    });
  });

  it('every image withheld → ContentPolicyError; only the first → done with the rest and a warning', async () => {
    const client = xaiClient();
    const all = await failure(client.generate({ type: 'text-to-image', prompt: 'Fox [moderate]', n: 2 }));
    expect(all).toBeInstanceOf(ContentPolicyError);
    const some = await client.generate({ type: 'text-to-image', prompt: 'Fox [xai:moderate-first]', n: 3 });
    expect(some.status).toBe('done');
    expect(some.outputs).toHaveLength(2);
    expect(some.warnings).toEqual([
      { type: 'moderated', provider: 'xai', message: '1 of 3 outputs were withheld by moderation.' },
    ]);
  });

  it('a failure without a code → JobFailedError, not retryable, not charged', async () => {
    const error = await failure(
      xaiClient().generate({ type: 'text-to-video', prompt: 'Storm [xai:no-code]' }),
    );
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).toMatchObject({ code: 'failed', retryable: false });
    const job = (error as JobFailedError).job;
    expect(job?.error).toEqual({
      code: 'failed',
      message: 'Video generation failed.',
      retryable: false,
      charged: false,
    });
    expect(job?.cost).toBeUndefined();
  });

  it('a numeric failure code is kept as text, not retryable', async () => {
    const error = await failure(
      xaiClient().generate({ type: 'text-to-video', prompt: 'Storm [xai:numeric-code]' }),
    );
    expect(error).toMatchObject({ code: '500', retryable: false });
  });

  it('a done answer without `status`, and one sent as a 202, both end the wait done', async () => {
    const client = xaiClient();
    const bare = await client.generate({ type: 'text-to-video', prompt: 'Rain [xai:no-status]' });
    expect(bare).toMatchObject({ status: 'done', outputs: [{ mimeType: 'video/mp4' }] });
    const accepted = await client.generate({ type: 'text-to-video', prompt: 'Rain [xai:done-202]' });
    expect(accepted.status).toBe('done');
    const reads = emulator.requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith(accepted.id.slice(4)),
    );
    expect(reads.at(-1)?.status).toBe(202);
  });

  it('video edit: /videos/edits answers 404, the document form is sent once and kept for the next edit', async () => {
    const client = xaiClient();
    const first = await client.generate({
      type: 'video-edit',
      prompt: 'Sepia [xai:no-edits-endpoint]',
      video: VIDEO_SOURCE,
    });
    expect(first.status).toBe('done');
    expect(first.warnings.map((w) => w.field)).toContain('video');
    const second = await client.submit({ type: 'video-edit', prompt: 'Grain', video: VIDEO_SOURCE });
    expect(second.status).toBe('pending');
    const posts = emulator.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => [r.path, r.status])).toEqual([
      ['/xai/v1/videos/edits', 404],
      ['/xai/v1/videos/generations', 200],
      ['/xai/v1/videos/generations', 200],
    ]);
    expect(posts[1]?.body).toEqual({
      model: 'grok-imagine-video',
      prompt: 'Sepia [xai:no-edits-endpoint]',
      video_url: VIDEO_SOURCE,
    });
    expect(emulator.jobs.size).toBe(2);
  });

  it('video edit without the marker goes to /videos/edits with video: {url}', async () => {
    await xaiClient().submit({ type: 'video-edit', prompt: 'Grain', video: VIDEO_SOURCE });
    const [post] = emulator.requests.filter((r) => r.method === 'POST');
    expect([post?.path, post?.status]).toEqual(['/xai/v1/videos/edits', 200]);
    expect(post?.body).toEqual({
      model: 'grok-imagine-video',
      prompt: 'Grain',
      video: { url: VIDEO_SOURCE },
    });
  });

  it('reference-to-video sends the neutral @imageN tags as <IMAGE_N>', async () => {
    const job = await xaiClient().submit({
      type: 'reference-to-video',
      prompt: '@image1 walks the dog from @image2',
      references: ['https://example.com/a.png', 'https://example.com/b.png'],
      duration: 5,
    });
    expect(job.warnings).toEqual([]);
    const [post] = emulator.requests.filter((r) => r.method === 'POST');
    expect(post?.body).toMatchObject({
      prompt: '<IMAGE_1> walks the dog from <IMAGE_2>',
      reference_images: [{ url: 'https://example.com/a.png' }, { url: 'https://example.com/b.png' }],
    });
  });
});
