import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { XAI_EXAMPLES } from '../testing/doc-examples.ts';
import { type TestEmulator, authed, send, startTestEmulator } from '../testing/harness.ts';

let t: TestEmulator;
const url = (path: string) => `${t.emulator.xaiBaseURL}${path}`;

beforeEach(async () => {
  t = await startTestEmulator();
});
afterEach(async () => {
  await t.emulator.close();
});

describe('xAI images', () => {
  it('answers the documented generation example synchronously with url, moderation flag, model and cost', async () => {
    const answer = await send(url('/images/generations'), authed('xai', XAI_EXAMPLES.imageGeneration));
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      data: [
        {
          url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/media\/[0-9a-f]+\.jpeg$/),
          respect_moderation: true,
        },
      ],
      model: 'grok-imagine-image',
      usage: { cost_in_usd_ticks: 200_000_000 },
    });
  });

  it('answers the documented edit example and charges the source image too', async () => {
    const answer = await send(url('/images/edits'), authed('xai', XAI_EXAMPLES.imageEdit));
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      model: 'grok-imagine-image',
      usage: { cost_in_usd_ticks: 400_000_000 },
    });
  });

  it('returns base64 image data for response_format b64_json, and n images', async () => {
    const body = { ...XAI_EXAMPLES.imageGeneration, n: 3, response_format: 'b64_json' };
    const answer = await send(url('/images/generations'), authed('xai', body));
    const data = (answer.json as { data: Array<{ b64_json: string }> }).data;
    expect(data).toHaveLength(3);
    expect(Buffer.from(data[0]!.b64_json, 'base64').subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it('accepts 2–3 images as `images` and refuses a fourth', async () => {
    const image = { url: 'data:image/png;base64,iVBORw0KGgo=', type: 'image_url' };
    const ok = await send(
      url('/images/edits'),
      authed('xai', { ...XAI_EXAMPLES.imageEdit, image: undefined, images: [image, image] }),
    );
    expect(ok.status).toBe(200);
    const tooMany = await send(
      url('/images/edits'),
      authed('xai', { ...XAI_EXAMPLES.imageEdit, image: undefined, images: [image, image, image, image] }),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.json).toEqual({
      code: 'invalid_parameters',
      error: 'An edit takes 1 to 3 images (got 4)',
    });
  });

  it.each([
    [{ n: 11 }, 'n must be between 1 and 10 (got 11)'],
    [{ aspect_ratio: '5:4' }, expect.stringContaining('aspect_ratio must be one of')],
    [{ resolution: '4k' }, expect.stringContaining('resolution must be one of 1k, 2k')],
    [{ model: 'grok-2-image' }, expect.stringContaining('is not an image model')],
  ])('refuses %j with 400 invalid_parameters', async (patch, error) => {
    const answer = await send(
      url('/images/generations'),
      authed('xai', { ...XAI_EXAMPLES.imageGeneration, ...patch }),
    );
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ code: 'invalid_parameters', error });
  });

  it('refuses a missing prompt and a wrongly typed field with 422 in the nested error shape', async () => {
    const missing = await send(url('/images/generations'), authed('xai', { model: 'grok-imagine-image' }));
    expect(missing.status).toBe(422);
    expect(missing.json).toEqual({
      error: {
        message: 'prompt is required',
        type: 'invalid_request_error',
        param: 'prompt',
        code: 'missing_field',
      },
    });
    const typed = await send(
      url('/images/generations'),
      authed('xai', { ...XAI_EXAMPLES.imageGeneration, n: '2' }),
    );
    expect(typed.status).toBe(422);
    expect(typed.json).toMatchObject({ error: { param: 'n', code: 'invalid_type' } });
  });

  it('rejects a [policy] prompt, fails a [fail] prompt, flags a [moderate] one', async () => {
    const body = (prompt: string) => authed('xai', { ...XAI_EXAMPLES.imageGeneration, prompt });
    const policy = await send(url('/images/generations'), body('x [policy]'));
    expect(policy.status).toBe(400);
    expect(policy.json).toMatchObject({ code: 'content_policy_violation' });
    expect((await send(url('/images/generations'), body('x [fail]'))).status).toBe(500);
    const moderated = await send(url('/images/generations'), body('x [moderate]'));
    expect(moderated.json).toMatchObject({ data: [{ respect_moderation: false }] });
  });
});

describe('xAI auth', () => {
  it('answers 401 unauthorized without a key and with a wrong key', async () => {
    const none = await send(url('/images/generations'), { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    expect(none.json).toMatchObject({ code: 'unauthorized', error: expect.any(String) });
    const wrong = await send(url('/videos/abc'), authed('xai', undefined, {}, 'wrong-key'));
    expect(wrong.status).toBe(401);
    expect(t.emulator.requests.map((r) => r.auth)).toEqual(['missing', 'invalid']);
    expect(t.emulator.requests[1]!.headers.authorization).toBe('[redacted]');
  });
});

describe('xAI videos', () => {
  async function submit(body: unknown, path = '/videos/generations'): Promise<string> {
    const answer = await send(url(path), authed('xai', body));
    expect(answer.status).toBe(200);
    return (answer.json as { request_id: string }).request_id;
  }

  it('runs the text-to-video example: 202 empty, 202 pending with progress, then 200 done', async () => {
    const id = await submit(XAI_EXAMPLES.textToVideo);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const queued = await send(url(`/videos/${id}`), authed('xai'));
    expect(queued.status).toBe(202);
    expect(queued.text).toBe('');
    t.clock.advance(1500);
    const pending = await send(url(`/videos/${id}`), authed('xai'));
    expect(pending.status).toBe(202);
    expect(pending.json).toEqual({
      status: 'pending',
      model: 'grok-imagine-video',
      progress: expect.any(Number),
    });
    t.clock.advance(5000);
    const done = await send(url(`/videos/${id}`), authed('xai'));
    expect(done.status).toBe(200);
    expect(done.json).toEqual({
      status: 'done',
      video: { url: expect.stringMatching(/\.mp4$/), duration: 10, respect_moderation: true },
      model: 'grok-imagine-video',
      progress: 100,
      usage: { cost_in_usd_ticks: 7_000_000_000 },
    });
  });

  it('accepts the image-to-video and video-edit examples, and /videos/edits and /videos/extensions', async () => {
    await submit(XAI_EXAMPLES.imageToVideo);
    await submit(XAI_EXAMPLES.videoEdit);
    const video = { url: 'https://example.com/video.mp4' };
    await submit({ model: 'grok-imagine-video', prompt: 'edit', video }, '/videos/edits');
    const ext = await submit(
      { model: 'grok-imagine-video', prompt: 'go on', video, duration: 4 },
      '/videos/extensions',
    );
    expect(t.emulator.jobs.get(ext)).toMatchObject({
      kind: 'video',
      endpoint: '/videos/extensions',
      status: 'pending',
    });
  });

  it('takes 1–7 reference images and refuses 8', async () => {
    const ref = { url: 'https://example.com/a.png' };
    await submit({ ...XAI_EXAMPLES.textToVideo, reference_images: [ref] });
    const tooMany = await send(
      url('/videos/generations'),
      authed('xai', { ...XAI_EXAMPLES.textToVideo, reference_images: Array(8).fill(ref) }),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.json).toMatchObject({ code: 'invalid_parameters' });
  });

  it.each([
    [{ duration: 16 }, 'duration must be between 1 and 15 (got 16)'],
    [{ aspect_ratio: '21:9' }, expect.stringContaining('aspect_ratio must be one of')],
    [{ resolution: '1080p' }, '1080p is only available with grok-imagine-video-1.5'],
  ])('refuses %j', async (patch, error) => {
    const answer = await send(
      url('/videos/generations'),
      authed('xai', { ...XAI_EXAMPLES.textToVideo, ...patch }),
    );
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ code: 'invalid_parameters', error });
  });

  it('prices grok-imagine-video-1.5 at 1080p', async () => {
    const id = await submit({
      ...XAI_EXAMPLES.textToVideo,
      model: 'grok-imagine-video-1.5',
      resolution: '1080p',
      duration: 2,
    });
    t.clock.advance(10_000);
    const done = await send(url(`/videos/${id}`), authed('xai'));
    expect(done.json).toMatchObject({ usage: { cost_in_usd_ticks: 5_000_000_000 } });
  });

  it('reports failed (refunded), expired and moderated jobs', async () => {
    const before = t.emulator.getBalance('xai', t.emulator.keys.xai);
    const failed = await submit({ ...XAI_EXAMPLES.textToVideo, prompt: 'boom [fail]' });
    const expired = await submit({ ...XAI_EXAMPLES.textToVideo, prompt: 'late [expire]' });
    const moderated = await submit({ ...XAI_EXAMPLES.textToVideo, prompt: 'hmm [moderate]' });
    t.clock.advance(10_000);
    expect((await send(url(`/videos/${failed}`), authed('xai'))).json).toMatchObject({
      status: 'failed',
      error: { code: 'internal_error', message: expect.any(String) },
    });
    expect((await send(url(`/videos/${expired}`), authed('xai'))).json).toEqual({
      status: 'expired',
      model: 'grok-imagine-video',
    });
    expect((await send(url(`/videos/${moderated}`), authed('xai'))).json).toMatchObject({
      status: 'done',
      video: { respect_moderation: false },
    });
    // Only the two videos that did not fail stay charged.
    expect(before - t.emulator.getBalance('xai', t.emulator.keys.xai)).toBe(2 * 7_000_000_000);
  });

  it('expires a done job after the TTL, and answers 404 for an unknown id or another key', async () => {
    const id = await submit(XAI_EXAMPLES.textToVideo);
    t.clock.advance(5000 + 60_000);
    expect((await send(url(`/videos/${id}`), authed('xai'))).json).toMatchObject({ status: 'expired' });
    const unknown = await send(url('/videos/nope'), authed('xai'));
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ code: 'not_found' });
  });
});

describe('xAI balance and rate limits', () => {
  it('answers 402 when the key cannot pay, without creating a job', async () => {
    t.emulator.setBalance('xai', t.emulator.keys.xai, 100);
    const answer = await send(url('/images/generations'), authed('xai', XAI_EXAMPLES.imageGeneration));
    expect(answer.status).toBe(402);
    expect(answer.json).toMatchObject({ code: 'insufficient_credits', error: expect.any(String) });
    expect(t.emulator.jobs.size).toBe(0);
  });

  it('answers 429 rate_limit_exceeded with Retry-After past the per-key limit', async () => {
    await t.emulator.close();
    t = await startTestEmulator({ rateLimits: { xai: { limit: 2, windowMs: 1000 } } });
    await send(url('/videos/x'), authed('xai'));
    await send(url('/videos/x'), authed('xai'));
    const limited = await send(url('/videos/x'), authed('xai'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.json).toMatchObject({ code: 'rate_limit_exceeded' });
    t.clock.advance(1000);
    expect((await send(url('/videos/x'), authed('xai'))).status).toBe(404);
  });
});
