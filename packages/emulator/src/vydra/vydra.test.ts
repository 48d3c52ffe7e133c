import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VYDRA_EXAMPLES } from '../testing/doc-examples.ts';
import { type TestEmulator, authed, send, startTestEmulator } from '../testing/harness.ts';

let t: TestEmulator;
const url = (path: string) => `${t.emulator.vydraBaseURL}${path}`;

beforeEach(async () => {
  t = await startTestEmulator();
});
afterEach(async () => {
  await t.emulator.close();
});

async function submitVideo(body: unknown = VYDRA_EXAMPLES.video): Promise<string> {
  const answer = await send(url('/models/grok-imagine'), authed('vydra', body));
  expect(answer.status).toBe(202);
  return (answer.json as { jobId: string }).jobId;
}

describe('Vydra submit', () => {
  it('answers the documented video example with 202 and the documented fields', async () => {
    const answer = await send(url('/models/grok-imagine'), authed('vydra', VYDRA_EXAMPLES.video));
    expect(answer.status).toBe(202);
    expect(answer.json).toEqual({
      jobId: expect.stringMatching(/^job_[0-9a-f]{24}$/),
      status: 'pending',
      message: 'Grok Imagine video job created. Poll /api/v1/jobs/{jobId} for status.',
      creditsCharged: 150,
      externalJobId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      input: { model: 'text-to-video', prompt: VYDRA_EXAMPLES.video.prompt },
    });
  });

  it('answers the documented image example synchronously with 200', async () => {
    const answer = await send(url('/models/grok-imagine'), authed('vydra', VYDRA_EXAMPLES.image));
    expect(answer.status).toBe(200);
    const body = answer.json as { imageUrl: string; resultUrls: string[] };
    expect(body).toEqual({
      jobId: expect.stringMatching(/^job_/),
      status: 'completed',
      message: 'Image generated successfully.',
      creditsCharged: 8,
      imageUrl: expect.stringMatching(/\.jpeg$/),
      resultUrls: [body.imageUrl],
    });
  });

  it('accepts the cURL example (aspect_ratio, duration)', async () => {
    const id = await submitVideo(VYDRA_EXAMPLES.curl);
    t.clock.advance(10_000);
    const job = await send(url(`/jobs/${id}`), authed('vydra'));
    expect(job.json).toMatchObject({ status: 'completed', output: { duration: 6 } });
  });

  it.each([
    [{ prompt: 'x', model: 'text-to-audio' }, 'INVALID_INPUT'],
    [{ prompt: 'x'.repeat(5001) }, 'INVALID_INPUT'],
    [{ prompt: 'x', duration: 16 }, 'INVALID_INPUT'],
    [{ prompt: 'x', aspect_ratio: '21:9' }, 'INVALID_INPUT'],
    [{ model: 'text-to-video' }, 'INVALID_INPUT'],
    [{ model: 'image-to-video', prompt: 'x' }, 'INVALID_INPUT'],
    [{ model: 'image-to-video', image_url: 'not a url' }, 'INVALID_URL'],
    [{ prompt: '[policy]' }, 'INVALID_INPUT'],
  ])('refuses %j with 400 %s', async (body, code) => {
    const answer = await send(url('/models/grok-imagine'), authed('vydra', body));
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: expect.any(String), code });
  });

  it('answers 404 MODEL_NOT_FOUND for another model path', async () => {
    const answer = await send(url('/models/veo-3'), authed('vydra', { prompt: 'x' }));
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({ code: 'MODEL_NOT_FOUND' });
  });
});

describe('Vydra auth, credits and rate limits', () => {
  it('answers 401 MISSING_AUTH, INVALID_FORMAT and KEY_NOT_FOUND', async () => {
    const none = await send(url('/organization'));
    const format = await send(url('/organization'), { headers: { Authorization: 'Token abc' } });
    const unknown = await send(url('/organization'), authed('vydra', undefined, {}, 'nope'));
    expect([none.status, format.status, unknown.status]).toEqual([401, 401, 401]);
    expect([none.json, format.json, unknown.json].map((b) => (b as { code: string }).code)).toEqual([
      'MISSING_AUTH',
      'INVALID_FORMAT',
      'KEY_NOT_FOUND',
    ]);
  });

  it('answers 402 {error, creditsRequired, creditsRemaining} without a code', async () => {
    t.emulator.setBalance('vydra', t.emulator.keys.vydra, 100);
    const answer = await send(url('/models/grok-imagine'), authed('vydra', VYDRA_EXAMPLES.video));
    expect(answer.status).toBe(402);
    expect(answer.json).toEqual({
      error: 'Insufficient credits',
      creditsRequired: 150,
      creditsRemaining: 100,
    });
  });

  it('reports creditsRemaining on /organization', async () => {
    t.emulator.setBalance('vydra', t.emulator.keys.vydra, 1000);
    await submitVideo();
    const org = await send(url('/organization'), authed('vydra'));
    expect(org.json).toMatchObject({ creditsRemaining: 850 });
  });

  it('answers 429 RATE_LIMIT_EXCEEDED with Retry-After and X-RateLimit-* headers', async () => {
    await t.emulator.close();
    t = await startTestEmulator({ rateLimits: { vydra: { limit: 2, windowMs: 60_000 } } });
    const first = await send(url('/organization'), authed('vydra'));
    expect(first.headers.get('x-ratelimit-limit')).toBe('2');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
    await send(url('/organization'), authed('vydra'));
    const limited = await send(url('/organization'), authed('vydra'));
    expect(limited.status).toBe(429);
    expect(limited.json).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED' });
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('x-ratelimit-reset'))).toBe(Math.ceil((t.clock.now() + 60_000) / 1000));
    const limits = await send(
      url('/account/rate-limits'),
      authed('vydra', undefined, {}, t.emulator.keys.vydra),
    );
    expect(limits.status).toBe(429);
    t.clock.advance(60_000);
    const after = await send(url('/account/rate-limits'), authed('vydra'));
    expect(after.json).toMatchObject({ plan: 'free', limits: { rpm: 2, concurrent: 2 } });
  });
});

describe('Vydra jobs', () => {
  it('goes pending → processing → completed with the documented polling result', async () => {
    const id = await submitVideo();
    expect((await send(url(`/jobs/${id}`), authed('vydra'))).json).toMatchObject({
      id,
      status: 'pending',
      output: null,
    });
    t.clock.advance(1500);
    expect((await send(url(`/jobs/${id}`), authed('vydra'))).json).toMatchObject({ status: 'processing' });
    t.clock.advance(5000);
    const done = await send(url(`/jobs/${id}`), authed('vydra'));
    expect(done.json).toMatchObject({
      id,
      status: 'completed',
      output: {
        videoUrl: expect.stringMatching(/\.mp4$/),
        resultUrls: [expect.stringMatching(/\.mp4$/)],
        duration: 6,
      },
      creditsCharged: 150,
      workflowSlug: 'grok-imagine-generate',
    });
  });

  it('refunds a failed job', async () => {
    t.emulator.setBalance('vydra', t.emulator.keys.vydra, 1000);
    const id = await submitVideo({ prompt: 'boom [fail]' });
    t.clock.advance(10_000);
    expect((await send(url(`/jobs/${id}`), authed('vydra'))).json).toMatchObject({
      status: 'failed',
      error: 'Generation failed.',
      creditsCharged: 0,
      creditsRefunded: 150,
    });
    expect(t.emulator.getBalance('vydra', t.emulator.keys.vydra)).toBe(1000);
  });

  it('cancels a pending job with DELETE, refunds it, and refuses to cancel twice', async () => {
    t.emulator.setBalance('vydra', t.emulator.keys.vydra, 1000);
    const id = await submitVideo();
    const cancel = await send(url(`/jobs/${id}`), { ...authed('vydra'), method: 'DELETE' });
    expect(cancel.status).toBe(200);
    expect(cancel.json).toMatchObject({ id, status: 'cancelled', creditsRefunded: 150 });
    expect(t.emulator.getBalance('vydra', t.emulator.keys.vydra)).toBe(1000);
    const again = await send(url(`/jobs/${id}`), { ...authed('vydra'), method: 'DELETE' });
    expect(again.status).toBe(400);
    expect((await send(url(`/jobs/${id}`), authed('vydra'))).json).toMatchObject({ status: 'cancelled' });
  });

  it('lists jobs newest first with limit, offset and status filters', async () => {
    const a = await submitVideo();
    t.clock.advance(10_000);
    const b = await submitVideo();
    const all = await send(url('/jobs'), authed('vydra'));
    expect(all.json).toMatchObject({ data: [{ id: b }, { id: a }], total: 2, limit: 20, offset: 0 });
    const page = await send(url('/jobs?limit=1&offset=1'), authed('vydra'));
    expect((page.json as { data: Array<{ id: string }> }).data.map((j) => j.id)).toEqual([a]);
    const done = await send(url('/jobs?status=completed'), authed('vydra'));
    expect((done.json as { data: Array<{ id: string }> }).data.map((j) => j.id)).toEqual([a]);
    expect((await send(url('/jobs?status=weird'), authed('vydra'))).status).toBe(400);
  });

  it('answers 404 JOB_NOT_FOUND for an unknown job or one of another key', async () => {
    await t.emulator.close();
    t = await startTestEmulator({ keys: { vydra: ['key-a', 'key-b'] } });
    const answer = await send(
      url('/models/grok-imagine'),
      authed('vydra', VYDRA_EXAMPLES.video, {}, 'key-a'),
    );
    const { jobId } = answer.json as { jobId: string };
    const other = await send(url(`/jobs/${jobId}`), authed('vydra', undefined, {}, 'key-b'));
    expect(other.status).toBe(404);
    expect(other.json).toMatchObject({ code: 'JOB_NOT_FOUND' });
  });

  it('answers 308 with Location when redirectVydraTo is set', async () => {
    await t.emulator.close();
    t = await startTestEmulator({ redirectVydraTo: 'https://www.example.com/api/v1' });
    const answer = await send(url('/jobs?limit=1'), authed('vydra'));
    expect(answer.status).toBe(308);
    expect(answer.headers.get('location')).toBe('https://www.example.com/api/v1/jobs?limit=1');
  });
});
