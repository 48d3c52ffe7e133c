import { APICallError } from '@ai-sdk/provider';
import {
  experimental_generateVideo as generateVideo,
  experimental_getVideoStatus as getVideoStatus,
  experimental_startVideo as startVideo,
} from 'ai';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { recorder, TEST_KEY, wireConfig } from '../test/helpers/nock-setup.ts';
import { createGrokImagine } from './index.ts';

const XAI = 'https://api.x.ai';
const PIXAZO = 'https://gateway.pixazo.ai';
const VIDEO_URL = 'https://vidgen.x.ai/bucket/video.mp4';
const REQUEST_ID = 'd97415a1-5796-b7ec-379f-4e6819e08fdf';

describe('GrokImagineVideoModel on the wire (xAI)', () => {
  it('doStart sends the mapped request (1.5 model below 1080p) and returns a JSON operation', async () => {
    const api = recorder();
    nock(XAI)
      .post('/v1/videos/generations')
      .reply(function (uri, body) {
        api.record.call(this, uri, body);
        return [200, { request_id: REQUEST_ID }];
      });
    const gi = createGrokImagine(wireConfig('xai'));
    const started = await startVideo({
      model: gi.video('grok-imagine-video-1.5'),
      prompt: 'Waves on rocks',
      resolution: '1280x720',
      fps: 24,
    });
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]!.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(api.calls[0]!.body).toEqual({
      model: 'grok-imagine-video-1.5',
      prompt: 'Waves on rocks',
      duration: 6,
      aspect_ratio: '16:9',
      resolution: '720p',
    });
    expect(started.operation).toEqual({ jobId: `xai:${REQUEST_ID}`, type: 'text-to-video' });
    expect(started.warnings).toEqual([
      { type: 'unsupported', feature: 'fps', details: 'Grok Imagine picks the frame rate itself.' },
    ]);
    expect(started.providerMetadata!['grok-imagine']).toMatchObject({
      jobId: `xai:${REQUEST_ID}`,
      status: 'pending',
      quote: { provider: 'xai', type: 'text-to-video' },
      cost: { basis: 'catalog', quoted: true },
    });
  });

  it('doStatus reads pending (202, empty body), then completed, from another provider instance', async () => {
    nock(XAI)
      .get(`/v1/videos/${REQUEST_ID}`)
      .reply(202, '')
      .get(`/v1/videos/${REQUEST_ID}`)
      .reply(200, {
        status: 'done',
        video: { url: VIDEO_URL, duration: 6, respect_moderation: true },
        model: 'grok-imagine-video',
        progress: 100,
        usage: { cost_in_usd_ticks: 4_200_000_000 },
      });
    const operation = JSON.parse(JSON.stringify({ jobId: `xai:${REQUEST_ID}`, type: 'text-to-video' }));
    // Configured for Pixazo: the operation's job id still routes the read to xAI.
    const gi = createGrokImagine(wireConfig('pixazo', { providers: { xai: { apiKey: TEST_KEY } } }));
    const model = gi.video('grok-imagine-video');
    const pending = await getVideoStatus(model, { operation });
    expect(pending.status).toBe('pending');
    expect(pending).not.toHaveProperty('warnings');
    const done = await getVideoStatus(model, { operation });
    expect(done).toMatchObject({
      status: 'completed',
      videos: [{ type: 'url', url: VIDEO_URL, mediaType: 'video/mp4' }],
      warnings: [],
      providerMetadata: {
        'grok-imagine': {
          jobId: `xai:${REQUEST_ID}`,
          status: 'done',
          cost: { usd: 0.42, usdTicks: 4_200_000_000, basis: 'reported', quoted: false },
        },
      },
    });
  });

  it('doStatus reports a failed job as an error status with the provider reason', async () => {
    nock(XAI)
      .get(`/v1/videos/${REQUEST_ID}`)
      .reply(200, {
        status: 'failed',
        model: 'grok-imagine-video',
        error: {
          code: 'content_policy_violation',
          message: 'The generated video was rejected by content moderation.',
        },
      });
    const gi = createGrokImagine(wireConfig('xai'));
    const status = await getVideoStatus(gi.video('grok-imagine-video'), {
      operation: { jobId: `xai:${REQUEST_ID}`, type: 'text-to-video' },
    });
    expect(status).toMatchObject({
      status: 'error',
      error: `Job xai:${REQUEST_ID} was refused by content moderation: The generated video was rejected by content moderation.`,
    });
  });

  it('refuses an operation it did not make, naming what it expects', async () => {
    const gi = createGrokImagine(wireConfig('xai'));
    await expect(
      getVideoStatus(gi.video('grok-imagine-video'), { operation: { id: 1 } }),
    ).rejects.toMatchObject({
      name: 'AI_InvalidArgumentError',
      argument: 'operation',
    });
    await expect(getVideoStatus(gi.video('grok-imagine-video'), { operation: 'runway:abc' })).rejects.toThrow(
      'names unknown provider "runway"',
    );
  });

  it('a status read that keeps failing is a retryable APICallError; a 400 create is not retried', async () => {
    nock(XAI).get(`/v1/videos/${REQUEST_ID}`).times(10).reply(503, { code: 'unavailable', error: 'down' });
    const gi = createGrokImagine(wireConfig('xai', { providers: { xai: { retry: { retries: 1 } } } }));
    const read = await getVideoStatus(gi.video('grok-imagine-video'), {
      operation: `xai:${REQUEST_ID}`,
      maxRetries: 0,
    }).catch((error: unknown) => error);
    expect(APICallError.isInstance(read)).toBe(true);
    expect(read).toMatchObject({ statusCode: 503, isRetryable: true });

    const api = recorder();
    nock(XAI)
      .post('/v1/videos/generations')
      .reply(function (uri, body) {
        api.record.call(this, uri, body);
        return [400, { code: 'invalid_parameters', error: 'duration must be 1-15' }];
      });
    const create = await startVideo({ model: gi.video('grok-imagine-video'), prompt: 'x' }).catch(
      (e: unknown) => e,
    );
    expect(create).toMatchObject({ name: 'AI_APICallError', statusCode: 400, isRetryable: false });
    expect(api.calls).toHaveLength(1);
  });

  it('has no handleWebhookOption, and a webhookUrl becomes a warning, not a header', async () => {
    const api = recorder();
    nock(XAI)
      .post('/v1/videos/generations')
      .reply(function (uri, body) {
        api.record.call(this, uri, body);
        return [200, { request_id: REQUEST_ID }];
      });
    const gi = createGrokImagine(wireConfig('xai'));
    const model = gi.video('grok-imagine-video');
    expect(model.handleWebhookOption).toBeUndefined();
    const started = await startVideo({ model, prompt: 'x', webhookUrl: 'https://hooks.test/h' });
    expect(started.warnings).toEqual([
      {
        type: 'unsupported',
        feature: 'webhookUrl',
        details: 'xai calls no webhooks; poll with getVideoStatus instead.',
      },
    ]);
    expect(api.calls[0]!.body).not.toHaveProperty('webhook');
  });
});

describe('GrokImagineVideoModel with webhooks (Pixazo)', () => {
  const STATUS_ID = 'grok-imagine-video-text-to-video_019d0001';

  it('generateVideo with a webhook registers the URL, waits for it, then reads the job once', async () => {
    const api = recorder();
    nock(PIXAZO)
      .post('/grok-imagine-video-text-to-video/v1/grok-imagine-video-text-to-video-request')
      .reply(function (uri, body) {
        api.record.call(this, uri, body);
        return [202, { request_id: STATUS_ID, status: 'QUEUED', polling_url: 'https://gateway.pixazo.ai/x' }];
      })
      .get(`/v2/requests/status/${STATUS_ID}`)
      .reply(function (uri, body) {
        api.record.call(this, uri, body);
        return [
          200,
          {
            request_id: STATUS_ID,
            status: 'COMPLETED',
            model_id: 'grok-imagine-video-text-to-video',
            error: null,
            output: { media_url: ['https://cdn.pixazo.test/out.mp4'], media_type: 'video/mp4' },
          },
        ];
      });
    const gi = createGrokImagine(wireConfig('pixazo'));
    const model = gi.video('grok-imagine-video');
    expect(typeof model.handleWebhookOption).toBe('function');
    const hook = 'https://hooks.test/grok?token=0123456789abcdef0123';
    const downloads: string[] = [];
    const result = await generateVideo({
      model,
      prompt: 'Waves',
      duration: 5,
      webhook: async () => ({ url: hook, received: Promise.resolve({ headers: {}, body: {} }) }),
      download: async ({ url }) => {
        downloads.push(url.toString());
        return { data: new Uint8Array([0, 0, 0, 8, 0x66, 0x74, 0x79, 0x70]), mediaType: 'video/mp4' };
      },
    });
    expect(api.calls.map((call) => call.method)).toEqual(['POST', 'GET']);
    expect(api.calls[0]!.headers['x-webhook-url']).toBe(hook);
    expect(api.calls[0]!.headers['ocp-apim-subscription-key']).toBe(TEST_KEY);
    expect(api.calls[0]!.body).toEqual({
      prompt: 'Waves',
      duration: 5,
      aspect_ratio: '16:9',
      resolution: '720p',
    });
    expect(downloads).toEqual(['https://cdn.pixazo.test/out.mp4']);
    expect(result.providerMetadata['grok-imagine']).toMatchObject({ provider: 'pixazo', status: 'done' });
  });
});

describe('GrokImagineVideoModel on Vydra', () => {
  it('offers no webhook option: Vydra documents none for this endpoint', () => {
    const gi = createGrokImagine(wireConfig('vydra', { providers: { vydra: { usdPerCredit: '0.001' } } }));
    expect(gi.video('grok-imagine-video').handleWebhookOption).toBeUndefined();
  });
});
