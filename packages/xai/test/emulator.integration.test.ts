import {
  AuthenticationError,
  ContentPolicyError,
  createClient,
  type ImagineClient,
  type Job,
  JobFailedError,
} from '@grok-imagine/core';
import { createFakeClock, type FakeClock } from '@grok-imagine/core/testing';
import { type Emulator, startEmulator } from '@grok-imagine/emulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createXaiAdapter } from '../src/index.ts';

// One fake clock drives the adapter's limiter and retries, the client's poll loop and the emulator's
// job timeline: nothing sleeps for real, and the HTTP is real (127.0.0.1).
let clock: FakeClock;
let emulator: Emulator;

beforeEach(async () => {
  clock = createFakeClock();
  emulator = await startEmulator({ seed: 11, clock, timings: { videoMs: 30_000 } });
});
afterEach(async () => {
  await emulator.close();
});

function xaiClient(apiKey: string = emulator.keys.xai): ImagineClient {
  return createClient(createXaiAdapter({ apiKey, baseURL: emulator.xaiBaseURL, clock }), { clock });
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

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));

describe('xAI adapter against the emulator (real HTTP)', () => {
  it('generates an image: done at once, a JPEG on the media origin, the reported cost', async () => {
    const job = await xaiClient().generate({ type: 'text-to-image', prompt: 'A lighthouse at dusk' });

    expect(job.id).toMatch(/^xai:image-/);
    expect(job.status).toBe('done');
    expect(job.cost).toEqual({ usdTicks: 200_000_000, usd: 0.02, basis: 'reported' });
    expect(job.outputs).toHaveLength(1);
    const [output] = job.outputs;
    expect(output?.mimeType).toBe('image/jpeg');
    expect(output?.url?.startsWith(`${emulator.mediaURL}/media/`)).toBe(true);
    const sent = emulator.requests.filter((r) => r.method === 'POST');
    expect(sent.map((r) => [r.path, r.status, r.auth])).toEqual([
      ['/xai/v1/images/generations', 200, 'valid'],
    ]);
    expect(sent[0]?.body).toMatchObject({ prompt: 'A lighthouse at dusk', model: 'grok-imagine-image' });

    const file = await download(output?.url ?? '');
    expect(file.status).toBe(200);
    expect(file.type).toBe('image/jpeg');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(emulator.mediaRequests.every((r) => !r.hadApiKey)).toBe(true);
  });

  it('generates a video: pending, then done with an MP4 and usage ticks', async () => {
    const client = xaiClient();
    const submitted = await client.submit({ type: 'text-to-video', prompt: 'Waves at dawn', duration: 5 });
    expect(submitted.id).toMatch(/^xai:[0-9a-f-]{36}$/);
    expect(submitted.status).toBe('pending');

    const seen: Job[] = [];
    const job = await client.wait(submitted.id, { onProgress: (j) => seen.push(j) });

    expect(job.status).toBe('done');
    expect(seen.some((j) => j.status === 'pending')).toBe(true);
    expect(seen.some((j) => j.phase === 'processing' && (j.progress ?? 0) > 0)).toBe(true);
    const record = emulator.jobs.get(submitted.id.slice('xai:'.length));
    expect(record?.status).toBe('done');
    expect(job.cost).toMatchObject({ usdTicks: record?.cost, basis: 'reported' });
    expect(record?.cost).toBeGreaterThan(0);
    expect(job.outputs).toHaveLength(1);
    const [output] = job.outputs;
    expect(output).toMatchObject({ mimeType: 'video/mp4', durationSeconds: 5 });
    expect(output?.url).toBe(record?.mediaUrls[0]);

    const file = await download(output?.url ?? '');
    expect(file.status).toBe(200);
    expect(file.type).toBe('video/mp4');
    expect(ascii(file.bytes, 4, 8)).toBe('ftyp');
    // Polling moved the fake clock; no real time passed.
    expect(clock.sleeps.length).toBeGreaterThan(1);
  });

  it('a wrong key is an AuthenticationError with xAI’s message, and creates nothing', async () => {
    const error = await xaiClient('xai-wrong-key')
      .submit({ type: 'text-to-video', prompt: 'Waves' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toBe('xai 401 unauthorized: Incorrect API key provided.');
    expect((error as Error).message).not.toContain('xai-wrong-key');
    expect(emulator.requests[0]?.auth).toBe('invalid');
    expect(emulator.jobs.size).toBe(0);
  });

  it('a policy-violating prompt is a ContentPolicyError from the 400', async () => {
    const error = await xaiClient()
      .submit({ type: 'text-to-video', prompt: 'something [policy]' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ContentPolicyError);
    expect((error as Error).message).toBe(
      'xai 400 content_policy_violation: The prompt violates the content policy.',
    );
  });

  it('a failing video ends generate with JobFailedError carrying xAI’s failure message', async () => {
    const error = await xaiClient()
      .generate({ type: 'text-to-video', prompt: 'Storm [fail]' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(JobFailedError);
    const failed = (error as JobFailedError).job;
    expect(failed?.status).toBe('failed');
    expect(failed?.error).toMatchObject({ code: 'internal_error', message: 'Video generation failed.' });
    expect((error as Error).message).toContain(`Job ${failed?.id} failed: Video generation failed.`);
  });

  it('survives a 503 with Retry-After on a status read: the read is retried and the wait completes', async () => {
    const client = xaiClient();
    const submitted = await client.submit({ type: 'text-to-video', prompt: 'Rain on glass' });
    emulator.setFaults([
      {
        provider: 'xai',
        method: 'GET',
        path: '/videos/',
        kind: 'status-503',
        retryAfterSeconds: 2,
        times: 1,
      },
    ]);

    const job = await client.wait(submitted.id);

    expect(job.status).toBe('done');
    const reads = emulator.requests.filter((r) => r.method === 'GET');
    expect(reads[0]).toMatchObject({ fault: 'status-503', status: 503 });
    expect(reads[1]?.status).toBeOneOf([200, 202]);
    expect(clock.sleeps).toContain(2_000);
  });

  it('survives a 429 on submit: resent after Retry-After, exactly one job created', async () => {
    emulator.setFaults([
      { provider: 'xai', method: 'POST', path: '/videos/generations', kind: 'status-429', times: 1 },
    ]);

    const job = await xaiClient().submit({ type: 'text-to-video', prompt: 'A paper boat' });

    expect(job.status).toBe('pending');
    const posts = emulator.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => [r.fault, r.status])).toEqual([
      ['status-429', 429],
      [undefined, 200],
    ]);
    expect([...emulator.jobs.keys()]).toEqual([job.id.slice('xai:'.length)]);
  });
});
