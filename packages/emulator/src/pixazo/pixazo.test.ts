import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PIXAZO_EXAMPLES } from '../testing/doc-examples.ts';
import { type TestEmulator, authed, send, startTestEmulator } from '../testing/harness.ts';

let t: TestEmulator;
const submitUrl = (model: string, path = `${model}-request`) =>
  `${t.emulator.pixazoBaseURL}/${model}/v1/${path}`;
const statusUrl = (id: string) => `${t.emulator.pixazoBaseURL}/v2/requests/status/${id}`;

beforeEach(async () => {
  t = await startTestEmulator();
});
afterEach(async () => {
  await t.emulator.close();
});

async function submit(model: string, body: unknown, headers: Record<string, string> = {}): Promise<string> {
  const example = PIXAZO_EXAMPLES.find((e) => e.model === model);
  const answer = await send(submitUrl(model, example?.path), authed('pixazo', body, headers));
  expect(answer.status).toBe(202);
  return (answer.json as { request_id: string }).request_id;
}

describe('Pixazo submit', () => {
  it.each(PIXAZO_EXAMPLES.map((e) => [e.model, e]))(
    'accepts the documented %s example with 202 QUEUED',
    async (_, example) => {
      const answer = await send(submitUrl(example.model, example.path), authed('pixazo', example.body));
      expect(answer.status).toBe(202);
      const body = answer.json as { request_id: string };
      expect(body).toEqual({
        request_id: expect.stringMatching(
          new RegExp(
            `^${example.model}_[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`,
          ),
        ),
        status: 'QUEUED',
        polling_url: `${t.emulator.pixazoBaseURL}/v2/requests/status/${body.request_id}`,
      });
    },
  );

  it('answers 400 Model not found for an unknown model', async () => {
    const answer = await send(submitUrl('grok-imagine-nope'), authed('pixazo', { prompt: 'x' }));
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      error: 'Model not found',
      message: "Model 'grok-imagine-nope' not found or is disabled",
    });
  });

  it.each([
    [
      'grok-imagine-video-text-to-video',
      { prompt: 'x', duration: 11 },
      'duration must be between 3 and 10 (got 11)',
    ],
    [
      'grok-imagine-video-reference-to-video',
      { prompt: 'x', reference_image_urls: [] },
      expect.stringContaining('1 to 7 entries'),
    ],
    [
      'grok-imagine-pro-edit-quality',
      { prompt: 'x', image_urls: ['a', 'b', 'c', 'd'] },
      expect.stringContaining('1 to 3'),
    ],
    [
      'grok-imagine-pro-text-to-image-quality',
      { prompt: 'x', num_images: 5 },
      'num_images must be between 1 and 4 (got 5)',
    ],
    [
      'grok-imagine-video',
      { prompt: 'x', duration: 6, aspect_ratio: '4:3', resolution: '720p' },
      expect.stringContaining('aspect_ratio'),
    ],
    [
      'grok-imagine-video-image-to-video',
      { prompt: 'x', image_url: 'data:image/png;base64,AAAA' },
      'image_url must be a public http(s) URL',
    ],
    ['grok-imagine-video-text-to-video', { duration: 6 }, 'prompt is required'],
  ])('refuses a bad %s body with 400 {error, message}', async (model, body, message) => {
    const answer = await send(submitUrl(model), authed('pixazo', body));
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: 'Bad Request', message });
  });

  it('answers 401 {error, message} without or with a wrong subscription key', async () => {
    const none = await send(submitUrl('grok-imagine-video'), { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    expect(none.json).toEqual({
      error: 'Unauthorized',
      message: expect.stringContaining('missing subscription key'),
    });
    const wrong = await send(statusUrl('x'), authed('pixazo', undefined, {}, 'bad'));
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual({
      error: 'Unauthorized',
      message: expect.stringContaining('invalid subscription key'),
    });
  });

  it('answers the documented 402 when the wallet cannot pay', async () => {
    t.emulator.setBalance('pixazo', t.emulator.keys.pixazo, 0.3);
    const example = PIXAZO_EXAMPLES[4]; // 6 s at 720p = $0.42
    const answer = await send(submitUrl(example.model, example.path), authed('pixazo', example.body));
    expect(answer.status).toBe(402);
    expect(answer.json).toEqual({
      error: 'Insufficient Balance',
      message: 'Your wallet does not have enough balance.',
    });
    t.emulator.setBalance('pixazo', t.emulator.keys.pixazo, 0.5);
    expect((await send(submitUrl(example.model, example.path), authed('pixazo', example.body))).status).toBe(
      202,
    );
    expect(t.emulator.getBalance('pixazo', t.emulator.keys.pixazo)).toBeCloseTo(0.08, 10);
  });

  it('rejects a [policy] prompt at submission', async () => {
    const answer = await send(
      submitUrl('grok-imagine-video'),
      authed('pixazo', { ...PIXAZO_EXAMPLES[1].body, prompt: '[policy]' }),
    );
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: 'Content policy violation' });
  });
});

describe('Pixazo status', () => {
  it('goes QUEUED → PROCESSING → COMPLETED with media_url and media_type', async () => {
    const id = await submit('grok-imagine-video-text-to-video', PIXAZO_EXAMPLES[4].body);
    const queued = await send(statusUrl(id), authed('pixazo'));
    expect(queued.json).toMatchObject({ request_id: id, status: 'QUEUED', output: null, completed_at: null });
    t.clock.advance(1500);
    expect((await send(statusUrl(id), authed('pixazo'))).json).toMatchObject({ status: 'PROCESSING' });
    t.clock.advance(5000);
    const done = await send(statusUrl(id), authed('pixazo'));
    expect(done.status).toBe(200);
    expect(done.json).toEqual({
      request_id: id,
      status: 'COMPLETED',
      model_id: 'grok-imagine-video-text-to-video',
      error: null,
      output: { media_url: [expect.stringMatching(/\.mp4$/)], media_type: 'video/mp4' },
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: expect.any(String),
      completed_at: expect.any(String),
    });
  });

  it('returns base64 data URIs in sync_mode, in the requested output format', async () => {
    const id = await submit('grok-imagine-pro-text-to-image-quality', {
      ...PIXAZO_EXAMPLES[2].body,
      num_images: 2,
      output_format: 'png',
      sync_mode: true,
    });
    t.clock.advance(2000);
    const done = (await send(statusUrl(id), authed('pixazo'))).json as {
      output: { media_url: string[]; media_type: string };
    };
    expect(done.output.media_type).toBe('image/png');
    expect(done.output.media_url).toHaveLength(2);
    expect(done.output.media_url[0]).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
  });

  it('reports FAILED for [fail] and [moderate], ERROR (refunded) for [error]', async () => {
    const body = PIXAZO_EXAMPLES[1].body;
    const failed = await submit('grok-imagine-video', { ...body, prompt: '[fail]' });
    const moderated = await submit('grok-imagine-video', { ...body, prompt: '[moderate]' });
    const before = t.emulator.getBalance('pixazo', t.emulator.keys.pixazo);
    const errored = await submit('grok-imagine-video', { ...body, prompt: '[error]' });
    t.clock.advance(10_000);
    expect((await send(statusUrl(failed), authed('pixazo'))).json).toMatchObject({
      status: 'FAILED',
      error: 'Generation failed.',
      output: null,
    });
    expect((await send(statusUrl(moderated), authed('pixazo'))).json).toMatchObject({ status: 'FAILED' });
    expect((await send(statusUrl(errored), authed('pixazo'))).json).toMatchObject({
      status: 'ERROR',
      error: expect.any(String),
    });
    expect(t.emulator.getBalance('pixazo', t.emulator.keys.pixazo)).toBeCloseTo(before, 10);
  });

  it('completes a [pixazo:no-output] job with output null (charged, nothing to keep)', async () => {
    const before = t.emulator.getBalance('pixazo', t.emulator.keys.pixazo);
    const id = await submit('grok-imagine-video', {
      ...PIXAZO_EXAMPLES[1].body,
      prompt: 'empty [Pixazo:No-Output]',
    });
    t.clock.advance(10_000);
    expect((await send(statusUrl(id), authed('pixazo'))).json).toMatchObject({
      request_id: id,
      status: 'COMPLETED',
      error: null,
      output: null,
      completed_at: expect.any(String),
    });
    expect(t.emulator.getBalance('pixazo', t.emulator.keys.pixazo)).toBeLessThan(before);
  });

  it('[pixazo:no-error] leaves a FAILED answer without error text', async () => {
    const id = await submit('grok-imagine-video', {
      ...PIXAZO_EXAMPLES[1].body,
      prompt: '[fail] [pixazo:no-error]',
    });
    t.clock.advance(10_000);
    expect((await send(statusUrl(id), authed('pixazo'))).json).toMatchObject({
      status: 'FAILED',
      error: null,
    });
  });

  it('completes an [expire] job with media URLs that are already gone (410)', async () => {
    const id = await submit('grok-imagine-video', { ...PIXAZO_EXAMPLES[1].body, prompt: 'late [expire]' });
    t.clock.advance(10_000);
    const done = (await send(statusUrl(id), authed('pixazo'))).json as {
      status: string;
      output: { media_url: string[] };
    };
    expect(done.status).toBe('COMPLETED');
    expect((await send(done.output.media_url[0]!)).status).toBe(410);
  });

  it('answers 429 {error, message} with Retry-After past the per-key limit', async () => {
    await t.emulator.close();
    t = await startTestEmulator({ rateLimits: { pixazo: { limit: 1, windowMs: 10_000 } } });
    await send(statusUrl('x'), authed('pixazo'));
    const limited = await send(statusUrl('x'), authed('pixazo'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('10');
    expect(limited.json).toEqual({
      error: 'Too Many Requests',
      message: 'Rate limit is exceeded. Try again in 10 seconds.',
    });
  });

  it('answers 404 for an unknown request id', async () => {
    const answer = await send(statusUrl('grok-imagine-video_nope'), authed('pixazo'));
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({
      error: 'Not Found',
      message: "Request 'grok-imagine-video_nope' not found",
    });
  });
});
