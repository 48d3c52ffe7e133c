import { APICallError, UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { ContentPolicyError } from '@grok-imagine/sdk';
import { generateImage } from 'ai';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { credentialHeaders, recorder, TEST_KEY, wireConfig } from '../test/helpers/nock-setup.ts';
import { createGrokImagine, type GrokImagineMetadata } from './index.ts';

const XAI = 'https://api.x.ai';
const MEDIA = 'https://imgen.x.ai';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

describe('GrokImagineImageModel on the wire (xAI)', () => {
  it('sends the mapped request with the key, fetches the kept image with no credential, reports cost', async () => {
    const api = recorder();
    const media = recorder();
    nock(XAI)
      .post('/v1/images/generations')
      .reply(function (uri, body) {
        api.record.call(this, uri, body);
        return [
          200,
          {
            data: [
              { url: `${MEDIA}/a.png`, respect_moderation: true },
              { url: `${MEDIA}/b.png`, respect_moderation: false },
            ],
            model: 'grok-imagine-image-pro',
            usage: { cost_in_usd_ticks: 1_400_000_000 },
          },
        ];
      });
    nock(MEDIA)
      .get('/a.png')
      .reply(function (uri, body) {
        media.record.call(this, uri, body);
        return [200, PNG, { 'content-type': 'image/png', 'content-length': String(PNG.length) }];
      });

    const gi = createGrokImagine(wireConfig('xai'));
    const result = await generateImage({
      model: gi.image('grok-imagine-image-pro'),
      prompt: 'A fox in the snow',
      n: 2,
      size: '2048x1152',
    });

    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]!.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(api.calls[0]!.body).toEqual({
      model: 'grok-imagine-image-pro',
      prompt: 'A fox in the snow',
      n: 2,
      aspect_ratio: '16:9',
      resolution: '2k',
      response_format: 'url',
    });
    expect(media.calls.map((call) => call.path)).toEqual(['/a.png']);
    expect(credentialHeaders(media.calls[0]!.headers)).toEqual([]);

    expect(result.images).toHaveLength(1);
    expect(Buffer.compare(Buffer.from(result.image.uint8Array), PNG)).toBe(0);
    expect(result.image.mediaType).toBe('image/png');
    expect(result.warnings).toEqual([
      {
        type: 'compatibility',
        feature: 'size',
        details:
          'size 2048x1152 was sent as resolution 2k and aspect ratio 16:9; the provider picks the exact pixel size.',
      },
      { type: 'other', message: expect.stringContaining('moderation') },
    ]);
    const metadata = result.calls[0]!.providerMetadata!['grok-imagine'] as unknown as GrokImagineMetadata;
    expect(metadata).toMatchObject({
      provider: 'xai',
      type: 'text-to-image',
      status: 'done',
      cost: { usd: 0.14, usdTicks: 1_400_000_000, basis: 'reported', quoted: false },
      quote: { provider: 'xai', type: 'text-to-image' },
      routing: { order: ['xai'], attempts: [] },
    });
    expect(result.providerMetadata['grok-imagine']!.images).toEqual([
      { jobId: metadata.jobId, provider: 'xai', index: 0, mimeType: 'image/png' },
    ]);
  });

  it('hands inline base64 over as it came, without any media request', async () => {
    const api = recorder();
    nock(XAI)
      .post('/v1/images/generations')
      .reply(function (uri, body) {
        api.record.call(this, uri, body);
        return [200, { data: [{ b64_json: PNG.toString('base64'), respect_moderation: true }], model: 'm' }];
      });
    const gi = createGrokImagine(wireConfig('xai'));
    const result = await generateImage({
      model: gi.image('grok-imagine-image'),
      prompt: 'A fox',
      aspectRatio: '1:1',
      providerOptions: { 'grok-imagine': { delivery: 'data', resolution: '1k' } },
    });
    expect(api.calls[0]!.body).toMatchObject({
      response_format: 'b64_json',
      aspect_ratio: '1:1',
      resolution: '1k',
    });
    expect(result.image.base64).toBe(PNG.toString('base64'));
  });

  it('maps a provider refusal to a non-retryable APICallError with ours as cause, sent once', async () => {
    const api = recorder();
    nock(XAI)
      .post('/v1/images/generations')
      .reply(function (uri, body) {
        api.record.call(this, uri, body);
        return [400, { code: 'invalid_prompt', error: 'The prompt is not allowed.' }];
      });
    const gi = createGrokImagine(wireConfig('xai'));
    const failure = await generateImage({ model: gi.image('grok-imagine-image'), prompt: 'A fox' }).catch(
      (error: unknown) => error,
    );
    expect(APICallError.isInstance(failure)).toBe(true);
    expect(failure).toMatchObject({
      statusCode: 400,
      isRetryable: false,
      url: 'grok-imagine:xai',
      message: 'xai 400 invalid_prompt: The prompt is not allowed.',
    });
    expect((failure as APICallError).cause).toMatchObject({ name: 'ValidationError', provider: 'xai' });
    expect(api.calls).toHaveLength(1);
  });

  it('rejects with ContentPolicyError when every image was withheld: the job failed, no second job', async () => {
    const api = recorder();
    nock(XAI)
      .post('/v1/images/generations')
      .reply(function (uri, body) {
        api.record.call(this, uri, body);
        return [
          200,
          { data: [{ url: `${MEDIA}/x.png`, respect_moderation: false }], model: 'grok-imagine-image' },
        ];
      });
    const gi = createGrokImagine(wireConfig('xai'));
    const failure = await generateImage({ model: gi.image('grok-imagine-image'), prompt: 'A fox' }).catch(
      (error: unknown) => error,
    );
    // Done means output: every output withheld is a failed job (content_policy), never retried.
    expect(ContentPolicyError.isInstance(failure)).toBe(true);
    expect((failure as ContentPolicyError).job).toMatchObject({
      provider: 'xai',
      status: 'failed',
      error: { code: 'content_policy', kind: 'content_policy' },
    });
    expect(api.calls).toHaveLength(1);
  });

  it('with strict: refuses a call that would drop options, before anything is sent', async () => {
    const gi = createGrokImagine(wireConfig('vydra', { providers: { vydra: { usdPerCredit: '0.001' } } }));
    const refusal = await generateImage({
      model: gi.image('grok-imagine-image'),
      prompt: 'A fox',
      seed: 3,
      providerOptions: { 'grok-imagine': { strict: true, resolution: '2k' } },
    }).catch((error: unknown) => error);
    expect(UnsupportedFunctionalityError.isInstance(refusal)).toBe(true);
    expect((refusal as Error).message).toBe(
      'strict: this call would run with 2 warning(s) on vydra: seed: Grok Imagine takes no seed.; resolution: vydra ignores resolution for text-to-image: Vydra takes no image resolution.',
    );
    expect(nock.pendingMocks()).toEqual([]);
  });
});
