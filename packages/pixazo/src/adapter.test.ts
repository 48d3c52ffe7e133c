import { type GenerationRequest, ValidationError } from '@grok-imagine/core';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import t2i641 from './__fixtures__/endpoints/grok-imagine-api-641.json' with { type: 'json' };
import editPro from './__fixtures__/endpoints/grok-imagine-pro-edit-quality.json' with { type: 'json' };
import t2iPro from './__fixtures__/endpoints/grok-imagine-pro-text-to-image-quality.json' with {
  type: 'json',
};
import video from './__fixtures__/endpoints/grok-imagine-video.json' with { type: 'json' };
import editVideo from './__fixtures__/endpoints/grok-imagine-video-edit-video.json' with { type: 'json' };
import i2v from './__fixtures__/endpoints/grok-imagine-video-image-to-video.json' with { type: 'json' };
import ref2v from './__fixtures__/endpoints/grok-imagine-video-reference-to-video.json' with { type: 'json' };
import t2v from './__fixtures__/endpoints/grok-imagine-video-text-to-video.json' with { type: 'json' };
import { PIXAZO_ENDPOINTS, type PixazoEndpointId } from './endpoints.ts';
import {
  intercept,
  providerRequest,
  startOn,
  TEST_KEY,
  testAdapter,
  testContext,
} from './testing/pixazo-test-kit.ts';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

interface Example {
  endpoint: PixazoEndpointId;
  fixture: { request: Record<string, unknown>; response: { request_id: string } };
  /** The neutral request that must produce the documented example. */
  request: GenerationRequest;
  /** Fields the adapter adds to the documented example because it never relies on Pixazo's defaults. */
  explicit?: Record<string, unknown>;
}

const examples: Example[] = [
  {
    endpoint: 'grok-imagine-api-641',
    fixture: t2i641,
    request: {
      type: 'text-to-image',
      prompt: t2i641.request.prompt,
      n: 1,
      aspectRatio: '1:1',
      format: 'jpeg',
    },
  },
  {
    endpoint: 'grok-imagine-pro-text-to-image-quality',
    fixture: t2iPro,
    request: { type: 'text-to-image', prompt: t2iPro.request.prompt, quality: 'quality', resolution: '1k' },
    explicit: { sync_mode: false },
  },
  {
    endpoint: 'grok-imagine-pro-edit-quality',
    fixture: editPro,
    request: {
      type: 'image-edit',
      prompt: editPro.request.prompt,
      image: editPro.request.image_urls[0]!,
      quality: 'quality',
    },
    explicit: { sync_mode: false },
  },
  {
    endpoint: 'grok-imagine-video',
    fixture: video,
    request: {
      type: 'text-to-video',
      prompt: video.request.prompt,
      duration: 6,
      aspectRatio: '16:9',
      resolution: '720p',
      providerOptions: { pixazo: { endpoint: 'grok-imagine-video' } },
    },
  },
  {
    endpoint: 'grok-imagine-video-text-to-video',
    fixture: t2v,
    request: { type: 'text-to-video', prompt: t2v.request.prompt },
  },
  {
    endpoint: 'grok-imagine-video-image-to-video',
    fixture: i2v,
    request: { type: 'image-to-video', prompt: i2v.request.prompt, image: i2v.request.image_url },
  },
  {
    endpoint: 'grok-imagine-video-edit-video',
    fixture: editVideo,
    request: { type: 'video-edit', prompt: editVideo.request.prompt, video: editVideo.request.video_url },
  },
  {
    endpoint: 'grok-imagine-video-reference-to-video',
    fixture: ref2v,
    request: {
      type: 'reference-to-video',
      prompt: ref2v.request.prompt,
      references: ref2v.request.reference_image_urls,
      duration: 8,
      resolution: '480p',
    },
  },
];

describe('start: the documented example of every endpoint', () => {
  it.each(examples)('$endpoint', async ({ endpoint, fixture, request, explicit }) => {
    const calls = intercept('POST', PIXAZO_ENDPOINTS[endpoint].path, 202, fixture.response);
    const adapter = testAdapter();
    const provider = providerRequest(request);
    const plan = adapter.plan(provider);
    expect(plan.route).toBe(endpoint);

    const result = await startOn(adapter, provider);

    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call!.method).toBe('POST');
    expect(call!.path).toBe(PIXAZO_ENDPOINTS[endpoint].path);
    expect(call!.headers['ocp-apim-subscription-key']).toBe(TEST_KEY);
    expect(call!.headers['content-type']).toBe('application/json');
    expect(call!.headers['cache-control']).toBe('no-cache');
    expect(call!.headers['x-webhook-url']).toBeUndefined();
    expect(call!.body).toStrictEqual({ ...fixture.request, ...explicit });
    expect(result).toStrictEqual({
      providerJobId: fixture.response.request_id,
      type: request.type,
      status: 'pending',
      phase: 'queued',
      raw: fixture.response,
    });
  });

  it('the 641 endpoint posts to its documented grok-imagine-api-request path', () => {
    expect(PIXAZO_ENDPOINTS['grok-imagine-api-641'].path).toBe(
      '/grok-imagine-api-641/v1/grok-imagine-api-request',
    );
  });
});

describe('start: parameter mapping', () => {
  it('sends the neutral fields under each endpoint’s names, delivery data as sync_mode true', async () => {
    const calls = intercept(
      'POST',
      PIXAZO_ENDPOINTS['grok-imagine-pro-text-to-image-quality'].path,
      202,
      t2iPro.response,
    );
    await startOn(
      testAdapter(),
      providerRequest({
        type: 'text-to-image',
        prompt: 'a red fox',
        quality: 'quality',
        n: 4,
        aspectRatio: '9:19.5',
        resolution: '2k',
        format: 'webp',
        delivery: 'data',
      }),
    );
    expect(calls[0]!.body).toStrictEqual({
      prompt: 'a red fox',
      num_images: 4,
      aspect_ratio: '9:19.5',
      resolution: '2k',
      output_format: 'webp',
      sync_mode: true,
    });
  });

  it('routes 1080p text-to-video to grok-imagine-video', async () => {
    const calls = intercept('POST', '/grok-imagine-video/v1/grok-imagine-video-request', 202, video.response);
    const result = await startOn(
      testAdapter(),
      providerRequest({
        type: 'text-to-video',
        prompt: 'waves',
        duration: 10,
        aspectRatio: '9:16',
        resolution: '1080p',
      }),
    );
    expect(calls[0]!.body).toStrictEqual({
      prompt: 'waves',
      duration: 10,
      aspect_ratio: '9:16',
      resolution: '1080p',
    });
    expect(result.providerJobId).toBe(video.response.request_id);
  });

  it('sends core’s defaults explicitly (image-edit: three sources, 5 outputs, auto ratio)', async () => {
    const calls = intercept(
      'POST',
      PIXAZO_ENDPOINTS['grok-imagine-pro-edit-quality'].path,
      202,
      editPro.response,
    );
    await startOn(
      testAdapter(),
      providerRequest({
        type: 'image-edit',
        prompt: 'merge them',
        quality: 'quality',
        images: ['https://a.example/1.png', 'https://a.example/2.png', 'https://a.example/3.png'],
        n: 5,
      }),
    );
    expect(calls[0]!.body).toStrictEqual({
      prompt: 'merge them',
      image_urls: ['https://a.example/1.png', 'https://a.example/2.png', 'https://a.example/3.png'],
      num_images: 5,
      aspect_ratio: 'auto',
      resolution: '1k',
      output_format: 'jpeg',
      sync_mode: false,
    });
  });

  it('writes neutral @imageN tags (any case) as Pixazo’s documented @ImageN', async () => {
    const calls = intercept(
      'POST',
      PIXAZO_ENDPOINTS['grok-imagine-video-reference-to-video'].path,
      202,
      ref2v.response,
    );
    await startOn(
      testAdapter(),
      providerRequest({
        type: 'reference-to-video',
        prompt: '@image1 hands @IMAGE2 a letter; email@images.example stays',
        references: ['https://a.example/a.png', 'https://a.example/b.png'],
      }),
    );
    expect((calls[0]!.body as { prompt: string }).prompt).toBe(
      '@Image1 hands @Image2 a letter; email@images.example stays',
    );
  });

  it('an immediate FAILED in the 202 answer is a failed start with Pixazo’s error', async () => {
    intercept('POST', PIXAZO_ENDPOINTS['grok-imagine-video-text-to-video'].path, 202, {
      request_id: t2v.response.request_id,
      status: 'FAILED',
      error: 'prompt rejected',
    });
    const result = await startOn(testAdapter(), providerRequest({ type: 'text-to-video', prompt: 'p' }));
    expect(result).toStrictEqual({
      providerJobId: t2v.response.request_id,
      type: 'text-to-video',
      status: 'failed',
      error: { code: 'failed', message: 'prompt rejected', retryable: false },
      raw: { request_id: t2v.response.request_id, status: 'FAILED', error: 'prompt rejected' },
    });
  });

  it('marks the attempt sent before the create request leaves', async () => {
    intercept('POST', PIXAZO_ENDPOINTS['grok-imagine-video-text-to-video'].path, 202, t2v.response);
    const adapter = testAdapter();
    const request = providerRequest({ type: 'text-to-video', prompt: 'p' });
    const attempt = { sent: false };
    await adapter.start(request, adapter.plan(request), { ...testContext(), attempt });
    expect(attempt.sent).toBe(true);
  });

  it('a plan for a route that is not a Pixazo endpoint is a ValidationError, nothing sent', async () => {
    const scope = nock('https://gateway.pixazo.ai').post(/.*/).reply(202, t2v.response);
    const adapter = testAdapter();
    const request = providerRequest({ type: 'text-to-video', prompt: 'p' });
    const plan = { ...adapter.plan(request), route: 'grok-imagine-video-1.5' };
    await expect(adapter.start(request, plan, testContext())).rejects.toThrow(ValidationError);
    expect(scope.isDone()).toBe(false);
  });
});
