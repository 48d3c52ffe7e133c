import {
  AuthenticationError,
  BotChallengeError,
  createClient,
  type ImagineClient,
  InsufficientCreditsError,
  type Job,
  JobFailedError,
} from '@grok-imagine/core';
import { createFakeClock, type FakeClock } from '@grok-imagine/core/testing';
import { type Emulator, startEmulator } from '@grok-imagine/emulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOT_CHALLENGE_MESSAGE } from '../src/errors.ts';
import { createPixazoAdapter } from '../src/index.ts';

// One fake clock drives the adapter's retries, the client's poll loop and the emulator's job
// timeline: nothing sleeps for real, and the HTTP is real (127.0.0.1).
let clock: FakeClock;
let emulator: Emulator;

beforeEach(async () => {
  clock = createFakeClock();
  emulator = await startEmulator({ seed: 23, clock, timings: { imageMs: 3_000, videoMs: 40_000 } });
});
afterEach(async () => {
  await emulator.close();
});

function pixazoClient(apiKey: string = emulator.keys.pixazo): ImagineClient {
  return createClient(createPixazoAdapter({ apiKey, baseURL: emulator.pixazoBaseURL, clock }), { clock });
}

/** Downloads a media URL the way a user would (no API key) and returns its type and bytes. */
async function download(url: string): Promise<{ status: number; type: string | null; bytes: Uint8Array }> {
  const response = await fetch(url);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

const providerId = (job: Job) => job.id.slice('pixazo:'.length);
const STATUS_PATH = /\/v2\/requests\/status\//;

describe('Pixazo adapter against the emulator (real HTTP)', () => {
  it('generates an image on grok-imagine-api-641: queued, polled, a JPEG on the media origin', async () => {
    const job = await pixazoClient().generate({ type: 'text-to-image', prompt: 'A lighthouse at dusk' });

    expect(job.id).toMatch(/^pixazo:grok-imagine-api-641_/);
    expect(job.status).toBe('done');
    expect(emulator.jobs.get(providerId(job))?.status).toBe('COMPLETED');
    const submit = emulator.requests.find((r) => r.method === 'POST');
    expect(submit).toMatchObject({
      path: '/pixazo/grok-imagine-api-641/v1/grok-imagine-api-request',
      status: 202,
      auth: 'valid',
    });
    expect(submit?.body).toMatchObject({ prompt: 'A lighthouse at dusk' });
    expect(job.outputs).toHaveLength(1);
    const [output] = job.outputs;
    expect(output?.mimeType).toBe('image/jpeg');
    expect(output?.url?.startsWith(`${emulator.mediaURL}/media/`)).toBe(true);

    const file = await download(output?.url ?? '');
    expect(file.status).toBe(200);
    expect(file.type).toBe('image/jpeg');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(emulator.mediaRequests.every((r) => !r.hadApiKey)).toBe(true);
  });

  it('generates a video: QUEUED → PROCESSING → COMPLETED with an MP4, priced from the catalog', async () => {
    const client = pixazoClient();
    const submitted = await client.submit({ type: 'text-to-video', prompt: 'Waves at dawn' });
    expect(submitted.id).toMatch(/^pixazo:grok-imagine-video-text-to-video_/);
    expect(submitted).toMatchObject({ status: 'pending', phase: 'queued' });

    const seen: Job[] = [];
    const job = await client.wait(submitted.id, { onProgress: (j) => seen.push(j) });

    expect(job.status).toBe('done');
    expect(seen.some((j) => j.status === 'pending' && j.phase === 'queued')).toBe(true);
    expect(seen.some((j) => j.status === 'pending' && j.phase === 'processing')).toBe(true);
    // Pixazo reports no cost: the client's catalog figure ($0.07/s at 720p, 6 s by default) stands.
    expect(job.cost).toMatchObject({ usd: 0.42, basis: 'catalog' });
    const [output] = job.outputs;
    expect(output?.mimeType).toBe('video/mp4');
    expect(output?.url).toBe(emulator.jobs.get(providerId(job))?.mediaUrls[0]);

    const file = await download(output?.url ?? '');
    expect(file.status).toBe(200);
    expect(file.type).toBe('video/mp4');
    expect(String.fromCharCode(...file.bytes.slice(4, 8))).toBe('ftyp');
  });

  it('a wrong key is an AuthenticationError with Pixazo’s message, and creates nothing', async () => {
    const error = await pixazoClient('pixazo-wrong-key')
      .submit({ type: 'text-to-video', prompt: 'Waves' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toBe(
      'pixazo 401 Unauthorized: Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
    );
    expect(emulator.jobs.size).toBe(0);
  });

  it('an empty wallet is an InsufficientCreditsError with the documented 402 body', async () => {
    emulator.setBalance('pixazo', emulator.keys.pixazo, 0);
    const error = await pixazoClient()
      .submit({ type: 'text-to-video', prompt: 'Waves' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InsufficientCreditsError);
    expect((error as Error).message).toBe(
      'pixazo 402 Insufficient Balance: Your wallet does not have enough balance.',
    );
  });

  it('a FAILED job ends generate with JobFailedError carrying Pixazo’s error text', async () => {
    const error = await pixazoClient()
      .generate({ type: 'text-to-video', prompt: 'Storm [fail]' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(JobFailedError);
    const failed = (error as JobFailedError).job;
    expect(failed?.error).toMatchObject({ code: 'failed', message: 'Generation failed.', retryable: false });
    expect((error as Error).message).toContain(`Job ${failed?.id} failed: Generation failed.`);
  });

  it('survives a 503 with Retry-After on the status endpoint: the read is retried, the wait completes', async () => {
    const client = pixazoClient();
    const submitted = await client.submit({ type: 'text-to-video', prompt: 'Rain on glass' });
    emulator.setFaults([{ provider: 'pixazo', path: STATUS_PATH, kind: 'status-503', times: 1 }]);

    const job = await client.wait(submitted.id);

    expect(job.status).toBe('done');
    const reads = emulator.requests.filter((r) => r.method === 'GET');
    expect(reads[0]).toMatchObject({ fault: 'status-503', status: 503 });
    expect(reads[1]?.status).toBe(200);
    expect(clock.sleeps).toContain(1_000);
  });

  it('survives a 429 on submit: resent after Retry-After, exactly one job created', async () => {
    emulator.setFaults([{ provider: 'pixazo', method: 'POST', kind: 'status-429', times: 1 }]);

    const job = await pixazoClient().submit({ type: 'text-to-video', prompt: 'A paper boat' });

    expect(job.status).toBe('pending');
    const posts = emulator.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => [r.fault, r.status])).toEqual([
      ['status-429', 429],
      [undefined, 202],
    ]);
    expect([...emulator.jobs.keys()]).toEqual([providerId(job)]);
  });

  it('an HTML 403 on the status endpoint is a BotChallengeError that points at webhooks, not retried', async () => {
    const client = pixazoClient();
    const submitted = await client.submit({ type: 'text-to-video', prompt: 'Fog' });
    emulator.setFaults([{ provider: 'pixazo', path: STATUS_PATH, kind: 'html-403' }]);

    const error = await client.wait(submitted.id).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(BotChallengeError);
    expect((error as Error).message).toBe(`pixazo 403 bot_challenge: ${BOT_CHALLENGE_MESSAGE}`);
    expect((error as Error).message).toContain('webhook');
    const reads = emulator.requests.filter((r) => r.method === 'GET');
    expect(reads.map((r) => [r.fault, r.status])).toEqual([['html-403', 403]]);
  });

  it('a COMPLETED answer without output ends generate with JobFailedError no_output, never done', async () => {
    const error = await pixazoClient()
      .generate({ type: 'text-to-video', prompt: 'Nothing [pixazo:no-output]' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(JobFailedError);
    const failed = (error as JobFailedError).job;
    expect(emulator.jobs.get(providerId(failed!))?.status).toBe('COMPLETED');
    expect(failed).toMatchObject({
      status: 'failed',
      outputs: [],
      error: { code: 'no_output', retryable: false },
    });
    // Pixazo does not say whether it charged: the catalog cost stands, marked so.
    expect(failed?.cost).toMatchObject({ usd: 0.42, basis: 'catalog', charged: 'unknown' });
  });

  it('a moderated job is FAILED at Pixazo (no moderation flag is documented): failed with its text', async () => {
    const error = await pixazoClient()
      .generate({ type: 'text-to-video', prompt: 'Riot [moderate]' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(JobFailedError);
    expect((error as JobFailedError).job?.error).toEqual({
      code: 'failed',
      message: 'Output blocked by content moderation.',
      retryable: false,
    });
  });

  it('a FAILED answer without error text is a failed job with a neutral message', async () => {
    const error = await pixazoClient()
      .generate({ type: 'text-to-video', prompt: 'Storm [fail] [pixazo:no-error]' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(JobFailedError);
    expect((error as JobFailedError).job?.error).toEqual({
      code: 'failed',
      message: 'Pixazo reported the job FAILED.',
      retryable: false,
    });
  });

  it('an ERROR job is failed, retryable and not charged: no cost on the job', async () => {
    const client = pixazoClient();
    const job = await client.submit({ type: 'text-to-video', prompt: 'Flaky [error]' });
    expect(job.cost).toMatchObject({ usd: 0.42, basis: 'catalog' });
    const end = await client.wait(job.id);

    expect(end).toMatchObject({
      status: 'failed',
      error: { code: 'system_error', retryable: true, charged: false },
    });
    expect(end.cost).toBeUndefined();
  });

  it('reference-to-video: neutral @image tags reach Pixazo as @Image, the references in order', async () => {
    const references = ['https://media.example.com/cat.png', 'https://media.example.com/dog.png'];
    const job = await pixazoClient().generate({
      type: 'reference-to-video',
      prompt: '@image1 chases @image2 across a meadow',
      references,
    });

    expect(job.status).toBe('done');
    expect(job.warnings).toEqual([]);
    const submit = emulator.requests.find((r) => r.method === 'POST');
    expect(submit?.path).toBe(
      '/pixazo/grok-imagine-video-reference-to-video/v1/grok-imagine-video-reference-to-video-request',
    );
    expect(submit?.body).toEqual({
      prompt: '@Image1 chases @Image2 across a meadow',
      reference_image_urls: references,
      duration: 6,
      aspect_ratio: '16:9',
      resolution: '720p',
    });
  });

  it('image-edit with quality left out runs on the quality endpoint, with a warning, and is done', async () => {
    const job = await pixazoClient().generate({
      type: 'image-edit',
      prompt: 'Add snow',
      image: 'https://media.example.com/street.png',
    });

    expect(job.status).toBe('done');
    expect(job.id).toMatch(/^pixazo:grok-imagine-pro-edit-quality_/);
    expect(job.warnings).toEqual([expect.objectContaining({ field: 'quality', provider: 'pixazo' })]);
    expect(emulator.requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      image_urls: ['https://media.example.com/street.png'],
      sync_mode: false,
    });
  });
});
