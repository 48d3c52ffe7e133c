import './__fixtures__/nock-setup.ts';
import { ContentPolicyError, ValidationError } from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import docEditRequest from './__fixtures__/doc-image-edit.request.json' with { type: 'json' };
import docRequest from './__fixtures__/doc-image-generation.request.json' with { type: 'json' };
import docResponse from './__fixtures__/doc-image-generation.response.json' with { type: 'json' };
import allBlocked from './__fixtures__/image-response-all-blocked.json' with { type: 'json' };
import b64Response from './__fixtures__/image-response-b64.json' with { type: 'json' };
import usageResponse from './__fixtures__/image-response-usage.json' with { type: 'json' };
import { createTestKit, xaiPost } from './__fixtures__/xai-test-kit.ts';

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const PNG_DATA_URI = `data:image/png;base64,${Buffer.from(PNG_BYTES).toString('base64')}`;

describe('text-to-image → POST /images/generations', () => {
  it('sends the document example with every default spelled out; start answers done at once', async () => {
    const { start } = createTestKit();
    const scope = xaiPost()
      .post('/v1/images/generations', { ...docRequest, resolution: '1k', response_format: 'url' })
      .reply(200, docResponse);
    const { result, attempt, plan } = await start({
      type: 'text-to-image',
      prompt: docRequest.prompt,
      n: 1,
      aspectRatio: '16:9',
    });
    scope.done();
    expect(plan).toMatchObject({ route: 'grok-imagine-image', limitKey: 'image', warnings: [] });
    expect(attempt.sent).toBe(true);
    expect(result).toEqual({
      providerJobId: expect.stringMatching(/^image-[0-9a-f-]{36}$/),
      status: 'done',
      outputs: [{ url: 'https://...', mimeType: 'image/jpeg' }],
      raw: docResponse,
    });
  });

  it('through the client: a done job priced from the catalog when xAI reports no usage', async () => {
    const { client } = createTestKit();
    const scope = xaiPost().post('/v1/images/generations').reply(200, docResponse);
    const job = await client.submit({
      type: 'text-to-image',
      prompt: docRequest.prompt,
      aspectRatio: '16:9',
    });
    scope.done();
    expect(job).toMatchObject({
      provider: 'xai',
      type: 'text-to-image',
      status: 'done',
      outputs: [{ url: 'https://...', mimeType: 'image/jpeg' }],
      warnings: [],
      cost: { usdTicks: 200_000_000, basis: 'catalog' },
    });
    expect(job.id).toMatch(/^xai:image-[0-9a-f-]{36}$/);
  });

  it('uses grok-imagine-image-pro for the quality tier; one moderated image of two → done with a warning', async () => {
    const { client } = createTestKit();
    const scope = xaiPost()
      .post('/v1/images/generations', {
        model: 'grok-imagine-image-pro',
        prompt: 'A red fox in fresh snow',
        n: 2,
        aspect_ratio: 'auto',
        resolution: '2k',
        response_format: 'url',
      })
      .reply(200, usageResponse);
    const job = await client.submit({
      type: 'text-to-image',
      prompt: 'A red fox in fresh snow',
      n: 2,
      aspectRatio: 'auto',
      resolution: '2k',
      quality: 'quality',
    });
    scope.done();
    expect(job.status).toBe('done');
    expect(job.outputs).toEqual([
      { url: 'https://imgen.x.ai/xai-imgen/xai-tmp-imgen-7f3a.png', mimeType: 'image/png' },
    ]);
    expect(job.warnings).toEqual([
      { type: 'moderated', provider: 'xai', message: '1 of 2 outputs were withheld by moderation.' },
    ]);
    expect(job.cost).toEqual({ usdTicks: 1_400_000_000, usd: 0.14, basis: 'reported' });
  });

  it('every image withheld: start maps each as blocked; generate rejects with ContentPolicyError', async () => {
    const { client, start } = createTestKit();
    xaiPost().post('/v1/images/generations').reply(200, allBlocked);
    const { result } = await start({ type: 'text-to-image', prompt: 'x', n: 2 });
    expect(result).toMatchObject({
      status: 'done',
      outputs: [
        { mimeType: 'image/jpeg', blocked: true },
        { mimeType: 'image/jpeg', blocked: true },
      ],
      cost: { usdTicks: 400_000_000 },
    });
    xaiPost().post('/v1/images/generations').reply(200, allBlocked);
    const error = await client
      .generate({ type: 'text-to-image', prompt: 'x', n: 2 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentPolicyError);
    expect((error as ContentPolicyError).job).toMatchObject({
      status: 'failed',
      error: { code: 'content_policy', retryable: false },
      cost: { usdTicks: 400_000_000, basis: 'reported' },
    });
  });

  it('sends the configured quality model id (xAI also names it grok-imagine-image-quality)', async () => {
    const { client } = createTestKit({ models: { imageQuality: 'grok-imagine-image-quality' } });
    const scope = xaiPost()
      .post('/v1/images/generations', {
        model: 'grok-imagine-image-quality',
        prompt: 'A tin robot',
        n: 1,
        aspect_ratio: '1:1',
        resolution: '1k',
        response_format: 'url',
      })
      .reply(200, docResponse);
    await client.submit({ type: 'text-to-image', prompt: 'A tin robot', quality: 'quality' });
    scope.done();
  });

  it("asks for b64_json when delivery is 'data' and returns the bytes as output.data, not twice in raw", async () => {
    const { client } = createTestKit();
    const scope = xaiPost()
      .post('/v1/images/generations', {
        model: 'grok-imagine-image',
        prompt: 'A paper crane',
        n: 1,
        aspect_ratio: '1:1',
        resolution: '1k',
        response_format: 'b64_json',
      })
      .reply(200, b64Response);
    const job = await client.submit({ type: 'text-to-image', prompt: 'A paper crane', delivery: 'data' });
    scope.done();
    const b64 = b64Response.data[0]?.b64_json;
    expect(job.outputs).toEqual([{ data: b64, mimeType: 'image/jpeg' }]);
    expect(JSON.stringify(job.raw)).not.toContain(b64);
    expect(job.cost).toEqual({ usdTicks: 200_000_000, usd: 0.02, basis: 'reported' });
  });

  it('lets providerOptions.xai.model pick the model for one request (the plan route)', async () => {
    const { client } = createTestKit();
    const request = {
      type: 'text-to-image',
      prompt: 'A kite',
      providerOptions: { xai: { model: 'grok-imagine-image-2' } },
    } as const;
    expect(client.prepare(request).plan.route).toBe('grok-imagine-image-2');
    const scope = xaiPost()
      .post('/v1/images/generations', (body) => body.model === 'grok-imagine-image-2')
      .reply(200, docResponse);
    await client.submit(request);
    scope.done();
  });

  it('rejects unknown providerOptions.xai keys before any request', async () => {
    const { client } = createTestKit();
    const error = await client
      .submit({ type: 'text-to-image', prompt: 'A kite', providerOptions: { xai: { modle: 'x' } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe(
      'providerOptions.xai.modle is not an xai option; xai accepts providerOptions.xai = { model?: string }.',
    );
    expect(error).toMatchObject({ field: 'providerOptions.xai.modle', accepted: 'no' });
  });
});

describe('image-edit → POST /images/edits', () => {
  it('sends one source image as `image` (the document example)', async () => {
    const { client } = createTestKit();
    const scope = xaiPost()
      .post('/v1/images/edits', { ...docEditRequest, n: 1, resolution: '1k', response_format: 'url' })
      .reply(200, docResponse);
    const job = await client.submit({
      type: 'image-edit',
      prompt: docEditRequest.prompt,
      image: docEditRequest.image.url,
    });
    scope.done();
    expect(job.status).toBe('done');
    // Image edits bill the input too: 1 output + 1 input image.
    expect(job.cost).toEqual({ usdTicks: 400_000_000, usd: 0.04, basis: 'catalog' });
  });

  it('sends several sources as `images`, bytes and data URIs as data: URIs, with the aspect ratio', async () => {
    const { client } = createTestKit();
    const scope = xaiPost()
      .post('/v1/images/edits', {
        model: 'grok-imagine-image',
        prompt: 'Put the cat from the first image on the sofa of the others',
        images: [
          { url: 'https://example.com/cat.jpg', type: 'image_url' },
          { url: PNG_DATA_URI, type: 'image_url' },
          { url: PNG_DATA_URI, type: 'image_url' },
        ],
        n: 3,
        resolution: '2k',
        aspect_ratio: '3:2',
        response_format: 'url',
      })
      .reply(200, docResponse);
    await client.submit({
      type: 'image-edit',
      prompt: 'Put the cat from the first image on the sofa of the others',
      images: ['https://example.com/cat.jpg', { data: PNG_BYTES, mimeType: 'image/png' }, PNG_DATA_URI],
      n: 3,
      resolution: '2k',
      aspectRatio: '3:2',
    });
    scope.done();
  });

  it('refuses an aspect ratio for a single source image, before any request', async () => {
    const { client } = createTestKit();
    const error = await client
      .submit({
        type: 'image-edit',
        prompt: 'Brighter',
        image: 'https://example.com/a.jpg',
        aspectRatio: '16:9',
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: 'aspectRatio', accepted: 'no' });
  });

  it('refuses a fourth source image, before any request', async () => {
    const { client } = createTestKit();
    const url = 'https://example.com/a.jpg';
    await expect(
      client.submit({ type: 'image-edit', prompt: 'Merge', images: [url, url, url, url] }),
    ).rejects.toThrow(/images 4 items is not supported by xai for image-edit; allowed: 1–3 items/);
  });
});
