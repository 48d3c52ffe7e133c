import {
  AuthenticationError,
  createClient,
  type ImagineClient,
  type Job,
  JobFailedError,
  SubmissionUncertainError,
  UnsupportedError,
  ValidationError,
} from '@grok-imagine/core';
import { createFakeClock, type FakeClock } from '@grok-imagine/core/testing';
import { type Emulator, startEmulator } from '@grok-imagine/emulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVydraAdapter } from '../src/index.ts';

// One fake clock drives the adapter's limiter and retries, the client's poll loop and the emulator's
// job timeline: nothing sleeps for real, and the HTTP is real (127.0.0.1).
let clock: FakeClock;
let emulator: Emulator;

beforeEach(async () => {
  clock = createFakeClock();
  emulator = await startEmulator({ seed: 31, clock, timings: { videoMs: 60_000 } });
});
afterEach(async () => {
  await emulator.close();
});

function vydraClient(apiKey: string = emulator.keys.vydra): ImagineClient {
  return createClient(createVydraAdapter({ apiKey, baseURL: emulator.vydraBaseURL, clock }), { clock });
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

const providerId = (job: Job) => job.id.slice('vydra:'.length);
const SUBMIT_PATH = '/vydra/api/v1/models/grok-imagine';

describe('Vydra adapter against the emulator (real HTTP)', () => {
  it('generates an image: completed at once, 8 credits, a JPEG on the media origin', async () => {
    const job = await vydraClient().generate({ type: 'text-to-image', prompt: 'A lighthouse at dusk' });

    expect(job.id).toMatch(/^vydra:job_[0-9a-f]{24}$/);
    expect(job.status).toBe('done');
    expect(job.cost).toEqual({ credits: 8, basis: 'reported' });
    expect(emulator.requests.map((r) => [r.method, r.path, r.status])).toEqual([['POST', SUBMIT_PATH, 200]]);
    expect(emulator.requests[0]?.body).toEqual({
      model: 'text-to-image',
      prompt: 'A lighthouse at dusk',
      aspect_ratio: '1:1',
    });
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

  it('generates a video: 202 pending, polled to completed with an MP4 and 150 credits charged', async () => {
    const client = vydraClient();
    const submitted = await client.submit({ type: 'text-to-video', prompt: 'Waves at dawn', duration: 5 });
    expect(submitted.id).toMatch(/^vydra:job_[0-9a-f]{24}$/);
    expect(submitted).toMatchObject({ status: 'pending', phase: 'queued' });
    // Pending: Vydra reports what it charged on acceptance; core checked it against the quote.
    expect(submitted.cost).toEqual({ credits: 150, basis: 'reported' });

    const seen: Job[] = [];
    const job = await client.wait(submitted.id, { onProgress: (j) => seen.push(j) });

    expect(job.status).toBe('done');
    expect(seen.some((j) => j.status === 'pending')).toBe(true);
    expect(seen.some((j) => j.phase === 'processing')).toBe(true);
    expect(job.cost).toEqual({ credits: 150, basis: 'reported' });
    const record = emulator.jobs.get(providerId(job));
    expect(record).toMatchObject({ status: 'completed', cost: 150 });
    const [output] = job.outputs;
    expect(output).toMatchObject({ mimeType: 'video/mp4', durationSeconds: 5, url: record?.mediaUrls[0] });

    const file = await download(output?.url ?? '');
    expect(file.status).toBe(200);
    expect(file.type).toBe('video/mp4');
    expect(String.fromCharCode(...file.bytes.slice(4, 8))).toBe('ftyp');
  });

  it('a wrong key is an AuthenticationError with Vydra’s code and message, and creates nothing', async () => {
    const error = await vydraClient('vydra-wrong-key')
      .submit({ type: 'text-to-video', prompt: 'Waves' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toBe('vydra 401 KEY_NOT_FOUND: API key not found');
    expect(emulator.jobs.size).toBe(0);
  });

  it('a rejected prompt is a ValidationError from the 400 INVALID_INPUT', async () => {
    const error = await vydraClient()
      .submit({ type: 'text-to-video', prompt: 'something [policy]' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe(
      'vydra 400 INVALID_INPUT: The prompt was rejected by the content policy. ({"reason":"content_policy"})',
    );
  });

  it('a failed video ends generate with JobFailedError, refunded (charged: false)', async () => {
    const error = await vydraClient()
      .generate({ type: 'text-to-video', prompt: 'Storm [fail]' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(JobFailedError);
    const failed = (error as JobFailedError).job;
    expect(failed?.error).toEqual({
      code: 'failed',
      message: 'Generation failed.',
      retryable: false,
      charged: false,
    });
    expect((error as Error).message).toContain(`Job ${failed?.id} failed: Generation failed.`);
    expect(emulator.jobs.get(providerId(failed as Job))?.refunded).toBe(true);
  });

  it('survives a 503 with Retry-After on a status read: the read is retried, the wait completes', async () => {
    const client = vydraClient();
    const submitted = await client.submit({ type: 'text-to-video', prompt: 'Rain on glass' });
    emulator.setFaults([{ provider: 'vydra', method: 'GET', path: '/jobs/', kind: 'status-503', times: 1 }]);

    const job = await client.wait(submitted.id);

    expect(job.status).toBe('done');
    const reads = emulator.requests.filter((r) => r.method === 'GET');
    expect(reads[0]).toMatchObject({ fault: 'status-503', status: 503 });
    expect(reads[1]?.status).toBe(200);
    expect(clock.sleeps).toContain(1_000);
  });

  it('survives a 429 on submit: resent after Retry-After, exactly one job created', async () => {
    emulator.setFaults([{ provider: 'vydra', method: 'POST', kind: 'status-429', times: 1 }]);

    const job = await vydraClient().submit({ type: 'text-to-video', prompt: 'A paper boat' });

    expect(job.status).toBe('pending');
    const posts = emulator.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => [r.fault, r.status])).toEqual([
      ['status-429', 429],
      [undefined, 202],
    ]);
    expect([...emulator.jobs.keys()]).toEqual([providerId(job)]);
  });

  it('a lost create answer stays uncertain: the documented job list shows no prompt, so nothing is claimed', async () => {
    emulator.setFaults([{ provider: 'vydra', method: 'POST', kind: 'reset-after-accept', times: 1 }]);
    const client = vydraClient();

    const error = await client
      .submit({ type: 'text-to-video', prompt: 'A kite over dunes' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SubmissionUncertainError);
    expect(error).toMatchObject({ accepted: 'unknown', candidates: [] });
    expect(emulator.jobs.size).toBe(1);
    const entry = client.ledger.entry((error as SubmissionUncertainError).submissionId ?? '');
    expect(entry?.state).toBe('uncertain');
    expect(emulator.requests.map((r) => [r.method, r.path, r.fault])).toEqual([
      ['POST', SUBMIT_PATH, 'reset-after-accept'],
      ['GET', '/vydra/api/v1/jobs?limit=100&offset=0', undefined],
    ]);
  });

  it('issue 11 repro: a video "A cat", then an image "A dog" whose answer is lost, never returns the cat job', async () => {
    const client = vydraClient();
    const cat = await client.submit({ type: 'text-to-video', prompt: 'A cat' });
    emulator.setFaults([{ provider: 'vydra', method: 'POST', kind: 'reset-after-accept', times: 1 }]);

    const error = await client.submit({ type: 'text-to-image', prompt: 'A dog' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SubmissionUncertainError);
    expect((error as SubmissionUncertainError).candidates).toEqual([]);
    expect(emulator.jobs.size).toBe(2);
    expect(client.ledger.entryOfJob(cat.id)?.state).toBe('accepted');
  });

  it('a webhook is refused before anything is sent: Vydra documents none for this endpoint', async () => {
    const error = await vydraClient()
      .submit(
        { type: 'text-to-video', prompt: 'Waves' },
        { webhook: { url: 'https://hooks.example/v?token=s' } },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedError);
    expect(error).toMatchObject({ code: 'webhooks_unsupported', accepted: 'no' });
    expect(emulator.requests).toEqual([]);
  });

  it('account(): credits from /organization, plan limits from /account/rate-limits', async () => {
    emulator.setBalance('vydra', emulator.keys.vydra, 1000);
    expect(await vydraClient().account()).toEqual({
      provider: 'vydra',
      supported: true,
      credits: 1000,
      rateLimits: { requestsPerMinute: 60, concurrentJobs: 10, plan: 'creator' },
    });
  });
});
