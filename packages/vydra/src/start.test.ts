import { GrokImagineError, type ProviderRequest, UnsupportedError } from '@grok-imagine/core';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API, KEY, setup, T2I, T2V, vydra } from './__fixtures__/harness.ts';
import imageDone from './__fixtures__/submit-image-200.json' with { type: 'json' };
import videoPending from './__fixtures__/submit-video-202.json' with { type: 'json' };

const CAT = 'https://img.example/cat.png';

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

/** The create request, matched on its exact JSON body (nock compares it deeply, nothing more or less). */
function expectPost(body: nock.RequestBodyMatcher) {
  return vydra().matchHeader('content-type', 'application/json').post(`${API}/models/grok-imagine`, body);
}

describe('plan', () => {
  it('routes each type to its sub-model, prices it from the catalog, names the rate family', () => {
    const { plan } = setup();
    expect(plan(T2I)).toMatchObject({ route: 'text-to-image', limitKey: 'image', warnings: [] });
    expect(plan(T2I).quote).toMatchObject({ provider: 'vydra', type: 'text-to-image', credits: 8 });
    expect(plan({ ...T2I, type: 'image-edit', images: [{ kind: 'url', url: CAT }] }).route).toBe(
      'text-to-image',
    );
    expect(plan(T2V)).toMatchObject({ route: 'text-to-video', limitKey: 'video', quote: { credits: 150 } });
    expect(plan({ ...T2V, type: 'image-to-video', image: { kind: 'url', url: CAT } }).route).toBe(
      'image-to-video',
    );
  });

  it('refuses a type Vydra cannot run', () => {
    const { plan } = setup();
    const extend = {
      type: 'video-extend',
      prompt: 'x',
      duration: 6,
      video: { kind: 'url', url: CAT },
    } as const;
    expect(() => plan(extend as unknown as ProviderRequest)).toThrow(UnsupportedError);
  });
});

describe('start: the exact wire request and the mapped answer', () => {
  it('text-to-image: model, prompt, the 1:1 default ratio; the 200 answer is already done with its reported credits', async () => {
    const { start } = setup();
    expectPost({ model: 'text-to-image', prompt: T2I.prompt, aspect_ratio: '1:1' }).reply(200, imageDone);
    const result = await start(T2I);
    expect(result).toEqual({
      providerJobId: 'job_67890',
      status: 'done',
      outputs: [{ url: 'https://api.x.ai/...', mimeType: 'image/jpeg' }],
      cost: { credits: 8 },
      raw: imageDone,
    });
  });

  it('image-edit: text-to-image with image_url; ratio auto is left out', async () => {
    const { start } = setup();
    const edit: ProviderRequest = {
      ...T2I,
      type: 'image-edit',
      aspectRatio: 'auto',
      images: [{ kind: 'url', url: CAT }],
    };
    const answer = {
      ...imageDone,
      imageUrl: 'https://cdn.example/edit.png',
      resultUrls: ['https://cdn.example/edit.png'],
    };
    expectPost({ model: 'text-to-image', prompt: T2I.prompt, image_url: CAT }).reply(200, answer);
    const result = await start(edit);
    expect(result).toMatchObject({
      providerJobId: 'job_67890',
      status: 'done',
      outputs: [{ url: 'https://cdn.example/edit.png', mimeType: 'image/png' }],
    });
  });

  it('text-to-video: ratio and duration explicit; the 202 answer is pending, its type and headers from the echo', async () => {
    const { start } = setup();
    expectPost({ model: 'text-to-video', prompt: T2V.prompt, aspect_ratio: '16:9', duration: 6 })
      .matchHeader('authorization', `Bearer ${KEY}`)
      .reply(202, videoPending);
    const result = await start(T2V);
    expect(result).toEqual({
      providerJobId: 'job_12345',
      status: 'pending',
      phase: 'queued',
      type: 'text-to-video',
      cost: { credits: 150 },
      raw: videoPending,
    });
  });

  it('image-to-video: image_url, ratio and duration', async () => {
    const { start } = setup();
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
    }).reply(202, {
      ...videoPending,
      jobId: 'job_i2v',
      input: { model: 'image-to-video', prompt: T2V.prompt },
    });
    expect(await start(i2v)).toMatchObject({
      providerJobId: 'job_i2v',
      type: 'image-to-video',
      status: 'pending',
    });
  });

  it('image-to-video with ratio auto sends no aspect_ratio (Vydra follows the image)', async () => {
    const { start } = setup();
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
    await start(i2v);
  });

  it('marks the attempt sent when the create request leaves', async () => {
    const { adapter, plan, startCtx } = setup();
    const ctx = startCtx();
    expectPost({ model: 'text-to-video', prompt: T2V.prompt, aspect_ratio: '16:9', duration: 6 }).reply(
      202,
      videoPending,
    );
    await adapter.start(T2V, plan(T2V), ctx);
    expect(ctx.attempt.sent).toBe(true);
  });

  it('an image answered as a pending job stays pending', async () => {
    const { start } = setup();
    expectPost({ model: 'text-to-image', prompt: T2I.prompt, aspect_ratio: '1:1' }).reply(202, {
      jobId: 'job_img_async',
      status: 'pending',
      creditsCharged: 8,
    });
    expect(await start(T2I)).toEqual({
      providerJobId: 'job_img_async',
      status: 'pending',
      phase: 'queued',
      cost: { credits: 8 },
      raw: { jobId: 'job_img_async', status: 'pending', creditsCharged: 8 },
    });
  });

  it('a synchronous image that failed is failed and not charged (no cost)', async () => {
    const { start } = setup();
    const answer = { jobId: 'job_x', status: 'failed', error: 'Image generation failed.', creditsCharged: 0 };
    expectPost({ model: 'text-to-image', prompt: T2I.prompt, aspect_ratio: '1:1' }).reply(200, answer);
    expect(await start(T2I)).toEqual({
      providerJobId: 'job_x',
      status: 'failed',
      error: { code: 'failed', message: 'Image generation failed.', retryable: false, charged: false },
      raw: answer,
    });
  });
});

describe('start: refused before any request', () => {
  it('a webhook is an UnsupportedError: Vydra documents no webhookUrl on this endpoint', async () => {
    const { start } = setup();
    const error = await start(T2V, { webhook: { url: 'https://hooks.example/v?token=s' } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnsupportedError);
    expect((error as Error).message).toBe(
      'vydra documents no webhookUrl for POST /models/grok-imagine; poll with wait() instead.',
    );
  });

  it('a plan made for another request is refused', async () => {
    const { adapter, plan, startCtx } = setup();
    const error = await adapter.start(T2V, plan(T2I), startCtx()).catch((e: unknown) => e);
    expect(GrokImagineError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'plan_mismatch' });
  });

  it('media bytes without uploadMedia are an UnsupportedError saying so', async () => {
    const { start } = setup();
    const bytes = { kind: 'bytes' as const, bytes: new Uint8Array([137, 80, 78, 71]), mimeType: 'image/png' };
    const error = await start({ ...T2V, type: 'image-to-video', image: bytes }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedError);
    expect((error as Error).message).toBe(
      'vydra takes image as a URL only; pass an https URL or configure uploadMedia to host the bytes (image/png, 4 bytes).',
    );
  });

  it('media bytes go through uploadMedia and are sent as the URL it returns', async () => {
    const uploaded: string[] = [];
    const { start } = setup({
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
    await start({ ...T2V, type: 'image-to-video', aspectRatio: 'auto', image: bytes });
    expect(uploaded).toEqual(['image/png']);
  });
});
