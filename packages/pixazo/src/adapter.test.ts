import type { GenerationRequest } from '@grok-imagine/core';
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
import { intercept, providerRequest, TEST_KEY, testAdapter, testContext } from './testing/pixazo-test-kit.ts';

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

describe('submit: the documented example of every endpoint', () => {
  it.each(examples)('$endpoint', async ({ endpoint, fixture, request, explicit }) => {
    const calls = intercept('POST', PIXAZO_ENDPOINTS[endpoint].path, 202, fixture.response);
    const ctx = testContext();
    const job = await testAdapter().submit(providerRequest(request), ctx);

    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call!.method).toBe('POST');
    expect(call!.path).toBe(PIXAZO_ENDPOINTS[endpoint].path);
    expect(call!.headers['ocp-apim-subscription-key']).toBe(TEST_KEY);
    expect(call!.headers['content-type']).toBe('application/json');
    expect(call!.headers['cache-control']).toBe('no-cache');
    expect(call!.headers['x-webhook-url']).toBeUndefined();
    expect(call!.body).toStrictEqual({ ...fixture.request, ...explicit });

    expect(job).toMatchObject({
      id: `pixazo:${fixture.response.request_id}`,
      provider: 'pixazo',
      type: request.type,
      status: 'pending',
      phase: 'queued',
      outputs: [],
      createdAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('the 641 endpoint posts to its documented grok-imagine-api-request path', () => {
    expect(PIXAZO_ENDPOINTS['grok-imagine-api-641'].path).toBe(
      '/grok-imagine-api-641/v1/grok-imagine-api-request',
    );
  });
});

describe('submit: parameter mapping', () => {
  it('sends the neutral fields under each endpoint’s names, delivery data as sync_mode true', async () => {
    const calls = intercept(
      'POST',
      PIXAZO_ENDPOINTS['grok-imagine-pro-text-to-image-quality'].path,
      202,
      t2iPro.response,
    );
    await testAdapter().submit(
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
      testContext(),
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
    const job = await testAdapter().submit(
      providerRequest({
        type: 'text-to-video',
        prompt: 'waves',
        duration: 10,
        aspectRatio: '9:16',
        resolution: '1080p',
      }),
      testContext(),
    );
    expect(calls[0]!.body).toStrictEqual({
      prompt: 'waves',
      duration: 10,
      aspect_ratio: '9:16',
      resolution: '1080p',
    });
    expect(job.id).toBe(`pixazo:${video.response.request_id}`);
  });

  it('sends core’s defaults explicitly (image-edit: three sources, 5 outputs, auto ratio)', async () => {
    const calls = intercept(
      'POST',
      PIXAZO_ENDPOINTS['grok-imagine-pro-edit-quality'].path,
      202,
      editPro.response,
    );
    await testAdapter().submit(
      providerRequest({
        type: 'image-edit',
        prompt: 'merge them',
        quality: 'quality',
        images: ['https://a.example/1.png', 'https://a.example/2.png', 'https://a.example/3.png'],
        n: 5,
      }),
      testContext(),
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

  it('keeps a warning on the job when a reference prompt names no @ImageK', async () => {
    intercept('POST', PIXAZO_ENDPOINTS['grok-imagine-video-reference-to-video'].path, 202, ref2v.response);
    const job = await testAdapter().submit(
      providerRequest({
        type: 'reference-to-video',
        prompt: 'a dog running',
        references: ['https://a.example/dog.png'],
      }),
      testContext(),
    );
    expect(job.warnings).toEqual([
      expect.objectContaining({ type: 'other', field: 'prompt', provider: 'pixazo' }),
    ]);
  });
});
