import {
  AuthenticationError,
  ProviderError,
  type ProviderRequest,
  UnsupportedError,
  ValidationError,
} from '@grok-imagine/core';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createVydraAdapter } from './adapter.ts';
import { API, KEY, ORIGIN, setup, T2I, T2V, vydra } from './__fixtures__/harness.ts';
import imageDone from './__fixtures__/submit-image-200.json' with { type: 'json' };
import videoPending from './__fixtures__/submit-video-202.json' with { type: 'json' };

const START = '2026-01-01T00:00:00.000Z';
const CAT = 'https://img.example/cat.png';

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

function expectPost(body: nock.RequestBodyMatcher) {
  return vydra().matchHeader('content-type', 'application/json').post(`${API}/models/grok-imagine`, body);
}

describe('submit: the exact wire request', () => {
  it('text-to-image: model, prompt and the 1:1 default ratio; the 200 answer is a job already done', async () => {
    const { adapter, ctx } = setup();
    expectPost({ model: 'text-to-image', prompt: T2I.prompt, aspect_ratio: '1:1' }).reply(200, imageDone);
    const job = await adapter.submit(T2I, { ...ctx, type: 'text-to-image' });
    expect(job).toEqual({
      id: 'vydra:job_67890',
      provider: 'vydra',
      type: 'text-to-image',
      status: 'done',
      outputs: [{ url: 'https://api.x.ai/...', mimeType: 'image/jpeg' }],
      cost: { credits: 8, basis: 'reported' },
      warnings: [],
      createdAt: START,
      updatedAt: START,
      raw: imageDone,
    });
  });

  it('image-edit: text-to-image with image_url; ratio auto is left out', async () => {
    const { adapter, ctx } = setup();
    const edit: ProviderRequest = {
      ...T2I,
      type: 'image-edit',
      aspectRatio: 'auto',
      images: [{ kind: 'url', url: CAT }],
    };
    expectPost({ model: 'text-to-image', prompt: T2I.prompt, image_url: CAT }).reply(200, {
      ...imageDone,
      imageUrl: 'https://cdn.example/edit.png',
      resultUrls: ['https://cdn.example/edit.png'],
    });
    const job = await adapter.submit(edit, ctx);
    expect(job.type).toBe('image-edit');
    expect(job.outputs).toEqual([{ url: 'https://cdn.example/edit.png', mimeType: 'image/png' }]);
  });

  it('text-to-video: ratio and duration explicit; the 202 answer is a pending job with the reported credits', async () => {
    const { adapter, ctx } = setup();
    expectPost({ model: 'text-to-video', prompt: T2V.prompt, aspect_ratio: '16:9', duration: 6 }).reply(
      202,
      videoPending,
    );
    const job = await adapter.submit(T2V, ctx);
    expect(job).toEqual({
      id: 'vydra:job_12345',
      provider: 'vydra',
      type: 'text-to-video',
      status: 'pending',
      phase: 'queued',
      outputs: [],
      cost: { credits: 150, basis: 'reported' },
      warnings: [],
      createdAt: START,
      updatedAt: START,
      raw: videoPending,
    });
  });

  it('image-to-video: image_url, ratio and duration', async () => {
    const { adapter, ctx } = setup();
    const i2v: ProviderRequest = {
      ...T2V,
      type: 'image-to-video',
      aspectRatio: '9:16',
      duration: 10,
      image: { kind: 'url', url: CAT },
    };
    expectPost({
      model: 'image-to-video',
      prompt: T2V.prompt,
      image_url: CAT,
      aspect_ratio: '9:16',
      duration: 10,
    }).reply(202, { ...videoPending, jobId: 'job_i2v' });
    const job = await adapter.submit(i2v, ctx);
    expect(job).toMatchObject({ id: 'vydra:job_i2v', type: 'image-to-video', status: 'pending' });
  });

  it('image-to-video with ratio auto sends no aspect_ratio (Vydra follows the image)', async () => {
    const { adapter, ctx } = setup();
    const i2v: ProviderRequest = {
      ...T2V,
      type: 'image-to-video',
      aspectRatio: 'auto',
      image: { kind: 'url', url: CAT },
    };
    expectPost({ model: 'image-to-video', prompt: T2V.prompt, image_url: CAT, duration: 6 }).reply(
      202,
      videoPending,
    );
    await adapter.submit(i2v, ctx);
  });

  it('registers a webhook as webhookUrl', async () => {
    const { adapter, ctx } = setup();
    const url = 'https://hooks.example/vydra?token=s3cret';
    expectPost({
      model: 'text-to-video',
      prompt: T2V.prompt,
      aspect_ratio: '16:9',
      duration: 6,
      webhookUrl: url,
    }).reply(202, videoPending);
    await adapter.submit(T2V, { ...ctx, webhook: { url, mode: 'sync' } });
  });

  it('an image answered as a pending job stays pending', async () => {
    const { adapter, ctx } = setup();
    expectPost({ model: 'text-to-image', prompt: T2I.prompt, aspect_ratio: '1:1' }).reply(202, {
      jobId: 'job_img_async',
      status: 'pending',
      creditsCharged: 8,
    });
    const job = await adapter.submit(T2I, ctx);
    expect(job).toMatchObject({
      id: 'vydra:job_img_async',
      type: 'text-to-image',
      status: 'pending',
      outputs: [],
    });
  });
});

describe('submit: refused before any request', () => {
  const cases: [string, ProviderRequest, string][] = [
    ['n > 1', { ...T2I, n: 2 }, 'n'],
    ['a prompt over 5000 characters', { ...T2V, prompt: 'x'.repeat(5001) }, 'prompt'],
    ['a duration over 15 s', { ...T2V, duration: 16 }, 'duration'],
    ['a ratio Vydra lacks', { ...T2I, aspectRatio: '2:1' }, 'aspectRatio'],
  ];
  it.each(cases)('%s is a ValidationError naming the field', async (_name, request, field) => {
    const { adapter, ctx } = setup();
    const error = await adapter.submit(request, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect(nock.isDone()).toBe(true);
  });

  it('media bytes without uploadMedia are an UnsupportedError saying so', async () => {
    const { adapter, ctx } = setup();
    const bytes = { kind: 'bytes' as const, bytes: new Uint8Array([137, 80, 78, 71]), mimeType: 'image/png' };
    const error = await adapter
      .submit({ ...T2V, type: 'image-to-video', image: bytes }, ctx)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedError);
    expect((error as Error).message).toContain('uploadMedia');
  });

  it('media bytes go through uploadMedia and are sent as the URL it returns', async () => {
    const uploaded: string[] = [];
    const { adapter, ctx } = setup({
      uploadMedia: async (media) => {
        uploaded.push(media.mimeType);
        return 'https://uploads.example/1.png';
      },
    });
    const bytes = { kind: 'bytes' as const, bytes: new Uint8Array([1]), mimeType: 'image/png' };
    expectPost({
      model: 'image-to-video',
      prompt: T2V.prompt,
      image_url: 'https://uploads.example/1.png',
      duration: 6,
    }).reply(202, videoPending);
    await adapter.submit({ ...T2V, type: 'image-to-video', aspectRatio: 'auto', image: bytes }, ctx);
    expect(uploaded).toEqual(['image/png']);
  });
});

describe('auth and transport', () => {
  it('reads VYDRA_API_KEY at request time when no apiKey is configured', async () => {
    const { ctx } = setup();
    const env: Record<string, string | undefined> = {};
    const adapter = createVydraAdapter({ env, clock: ctx.clock });
    env.VYDRA_API_KEY = 'env_key_1';
    nock(ORIGIN, { reqheaders: { authorization: 'Bearer env_key_1' } })
      .get(`${API}/jobs/job_12345`)
      .reply(200, { id: 'job_12345', status: 'running' });
    expect((await adapter.refresh('job_12345', ctx)).phase).toBe('processing');
  });

  it('a missing key is an AuthenticationError naming VYDRA_API_KEY, raised before any request', async () => {
    const { ctx } = setup();
    const adapter = createVydraAdapter({ env: {}, clock: ctx.clock });
    const error = await adapter.submit(T2V, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'missing_api_key', provider: 'vydra' });
    expect((error as Error).message).toContain('VYDRA_API_KEY');
  });

  it('refuses a redirect and names its target instead of following it without the key', async () => {
    const { adapter, ctx } = setup();
    const target = 'https://vydra.ai/api/v1/models/grok-imagine';
    vydra().post(`${API}/models/grok-imagine`).reply(308, '', { Location: target });
    const error = await adapter.submit(T2V, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: 'unexpected_redirect', status: 308 });
    expect((error as Error).message).toContain(target);
    expect(JSON.stringify(error)).not.toContain(KEY);
  });

  it('exposes the last X-RateLimit-* headers seen', async () => {
    const { adapter, ctx } = setup();
    expect(adapter.lastRateLimit()).toBeUndefined();
    vydra().get(`${API}/jobs/job_12345`).reply(
      200,
      { id: 'job_12345', status: 'pending' },
      {
        'X-RateLimit-Limit': '30',
        'X-RateLimit-Remaining': '25',
        'X-RateLimit-Reset': '1706234400',
      },
    );
    await adapter.refresh('job_12345', ctx);
    expect(adapter.lastRateLimit()).toEqual({ limit: 30, remaining: 25, resetAtMs: 1_706_234_400_000 });
  });

  it('waits out Retry-After on a 429 status read, then reads again', async () => {
    const { adapter, ctx, clock } = setup();
    vydra()
      .get(`${API}/jobs/job_12345`)
      .reply(
        429,
        { error: 'Rate limit exceeded', code: 'RATE_LIMIT_EXCEEDED', retryAfter: 30 },
        { 'Retry-After': '30' },
      )
      .get(`${API}/jobs/job_12345`)
      .reply(200, { id: 'job_12345', status: 'running' });
    const job = await adapter.refresh('job_12345', ctx);
    expect(job.status).toBe('pending');
    expect(clock.sleeps).toContain(30_000);
  });
});
