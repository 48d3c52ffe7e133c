import './__fixtures__/nock-setup.ts';
import { UnsupportedError, ValidationError } from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import docI2v from './__fixtures__/doc-image-to-video.request.json' with { type: 'json' };
import docT2v from './__fixtures__/doc-text-to-video.request.json' with { type: 'json' };
import docStart from './__fixtures__/doc-video-start.response.json' with { type: 'json' };
import { createTestKit, xaiPost } from './__fixtures__/xai-test-kit.ts';

const JPEG_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const JPEG_DATA_URI = `data:image/jpeg;base64,${Buffer.from(JPEG_BYTES).toString('base64')}`;
const VIDEO_URL = 'https://media.example.com/clips/boat.mp4';

describe('text-, image- and reference-to-video → POST /videos/generations', () => {
  it('sends the document text-to-video example; start answers pending with the request id', async () => {
    const { start } = createTestKit();
    const scope = xaiPost().post('/v1/videos/generations', docT2v).reply(200, docStart);
    const { result, attempt, plan } = await start({
      type: 'text-to-video',
      prompt: docT2v.prompt,
      duration: 10,
      aspectRatio: '16:9',
      resolution: '720p',
    });
    scope.done();
    expect(plan).toMatchObject({ route: 'grok-imagine-video', limitKey: 'video', warnings: [] });
    expect(attempt.sent).toBe(true);
    expect(result).toEqual({ providerJobId: docStart.request_id, status: 'pending', raw: docStart });
  });

  it('through the client: a pending job xai:<request_id> with the catalog cost', async () => {
    const { client } = createTestKit();
    xaiPost().post('/v1/videos/generations').reply(200, docStart);
    const job = await client.submit({ type: 'text-to-video', prompt: docT2v.prompt, duration: 10 });
    expect(job).toMatchObject({
      id: `xai:${docStart.request_id}`,
      provider: 'xai',
      type: 'text-to-video',
      status: 'pending',
      outputs: [],
      cost: { usdTicks: 7_000_000_000, basis: 'catalog' },
    });
  });

  it("sends the document image-to-video example; aspect ratio 'auto' leaves aspect_ratio out", async () => {
    const { client } = createTestKit();
    const scope = xaiPost()
      .post('/v1/videos/generations', { ...docI2v, resolution: '720p' })
      .reply(200, docStart);
    await client.submit({
      type: 'image-to-video',
      prompt: docI2v.prompt,
      image: docI2v.image.url,
      duration: 10,
    });
    scope.done();
  });

  it('sends image bytes for image-to-video as a data: URI with the chosen ratio', async () => {
    const { client } = createTestKit();
    const scope = xaiPost()
      .post('/v1/videos/generations', {
        model: 'grok-imagine-video',
        prompt: 'The flag waves',
        duration: 5,
        aspect_ratio: '9:16',
        resolution: '480p',
        image: { url: JPEG_DATA_URI },
      })
      .reply(200, docStart);
    await client.submit({
      type: 'image-to-video',
      prompt: 'The flag waves',
      image: JPEG_BYTES,
      duration: 5,
      aspectRatio: '9:16',
      resolution: '480p',
    });
    scope.done();
  });

  it('sends references as reference_images and the neutral @imageN tags as xAI’s <IMAGE_N>', async () => {
    const { start } = createTestKit();
    const scope = xaiPost()
      .post('/v1/videos/generations', {
        model: 'grok-imagine-video',
        prompt: '<IMAGE_1> hands <IMAGE_2> a parcel; <IMAGE_1> smiles',
        duration: 6,
        aspect_ratio: '1:1',
        resolution: '480p',
        reference_images: [{ url: 'https://example.com/courier.jpg' }, { url: JPEG_DATA_URI }],
      })
      .reply(200, docStart);
    const { result, plan } = await start({
      type: 'reference-to-video',
      prompt: '@image1 hands @Image2 a parcel; @IMAGE1 smiles',
      references: ['https://example.com/courier.jpg', JPEG_DATA_URI],
      aspectRatio: '1:1',
      resolution: '480p',
    });
    scope.done();
    expect(plan.warnings).toEqual([]);
    expect(result.status).toBe('pending');
  });

  it('warns when the prompt names a reference that was not given, or leaves one unnamed', async () => {
    const { client } = createTestKit();
    const refs = ['https://example.com/a.jpg', 'https://example.com/b.jpg'];
    const beyond = client.prepare({
      type: 'reference-to-video',
      prompt: '@image1 meets @image3',
      references: refs,
    });
    expect(beyond.plan.warnings).toEqual([
      {
        type: 'other',
        field: 'prompt',
        provider: 'xai',
        message: 'The prompt names @image3 but only 2 reference image(s) were given.',
      },
    ]);
    expect(beyond.warnings).toEqual(expect.arrayContaining(beyond.plan.warnings));
    const partial = client.prepare({ type: 'reference-to-video', prompt: '@image2 waves', references: refs });
    expect(partial.plan.warnings[0]?.message).toBe(
      'The prompt names 1 of the 2 reference images (@image1 … @image2).',
    );
    const none = client.prepare({ type: 'reference-to-video', prompt: 'two friends wave', references: refs });
    expect(none.plan.warnings).toEqual([]);
  });

  it('refuses a reference-to-video longer than 10 s (xAI’s limit with reference images)', async () => {
    const { client } = createTestKit();
    await expect(
      client.submit({
        type: 'reference-to-video',
        prompt: 'x',
        references: ['https://e.com/a.jpg'],
        duration: 11,
      }),
    ).rejects.toThrow('duration 11 is not supported by xai for reference-to-video; allowed: 1–10 s.');
  });

  it('sends 1080p with the grok-imagine-video-1.5 model, chosen once by the plan', async () => {
    const { client } = createTestKit();
    const request = { type: 'text-to-video', prompt: 'A city at night', resolution: '1080p' } as const;
    expect(client.prepare(request).plan.route).toBe('grok-imagine-video-1.5');
    const scope = xaiPost()
      .post('/v1/videos/generations', {
        model: 'grok-imagine-video-1.5',
        prompt: 'A city at night',
        duration: 6,
        aspect_ratio: '16:9',
        resolution: '1080p',
      })
      .reply(200, docStart);
    await client.submit(request);
    scope.done();
  });

  it('refuses 1080p on an explicitly chosen model that cannot render it, before any request', async () => {
    const { client } = createTestKit();
    const error = await client
      .submit({
        type: 'text-to-video',
        prompt: 'A city at night',
        resolution: '1080p',
        providerOptions: { xai: { model: 'grok-imagine-video' } },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({
      field: 'resolution',
      value: '1080p',
      allowed: ['480p', '720p'],
      accepted: 'no',
    });
    expect((error as Error).message).toBe(
      `resolution "1080p" needs the grok-imagine-video-1.5 model on xai, but this request uses grok-imagine-video. Set providerOptions: { xai: { model: 'grok-imagine-video-1.5' } }, or choose 480p or 720p.`,
    );
  });

  it('refuses what xAI cannot take before any request (duration 16, 8 references, 1080p references)', async () => {
    const { client } = createTestKit();
    const refs = Array.from({ length: 8 }, (_, i) => `https://example.com/${i}.jpg`);
    await expect(client.submit({ type: 'text-to-video', prompt: 'x', duration: 16 })).rejects.toThrow(
      'duration 16 is not supported by xai for text-to-video; allowed: 1–15 s.',
    );
    await expect(
      client.submit({ type: 'reference-to-video', prompt: 'x', references: refs }),
    ).rejects.toThrow(ValidationError);
    await expect(
      client.submit({
        type: 'reference-to-video',
        prompt: 'x',
        references: refs.slice(0, 1),
        resolution: '1080p',
        providerOptions: { xai: { model: 'grok-imagine-video-1.5' } },
      }),
    ).rejects.toThrow(
      'resolution "1080p" is not supported by xai for reference-to-video; allowed: 480p, 720p.',
    );
  });
});

describe('video-extend → POST /videos/extensions', () => {
  it('sends the source video URL and the added duration', async () => {
    const { client } = createTestKit();
    const scope = xaiPost()
      .post('/v1/videos/extensions', {
        model: 'grok-imagine-video',
        prompt: 'The boat sails out of frame',
        video: { url: VIDEO_URL },
        duration: 6,
      })
      .reply(200, docStart);
    await client.submit({ type: 'video-extend', prompt: 'The boat sails out of frame', video: VIDEO_URL });
    scope.done();
  });

  it('refuses an extension longer than 10 s', async () => {
    const { client } = createTestKit();
    await expect(
      client.submit({ type: 'video-extend', prompt: 'x', video: VIDEO_URL, duration: 12 }),
    ).rejects.toThrow('duration 12 is not supported by xai for video-extend; allowed: 2–10 s.');
  });

  it('refuses video bytes: xAI needs a public video URL', async () => {
    const { client } = createTestKit();
    const mp4 = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32]);
    const error = await client
      .submit({ type: 'video-extend', prompt: 'Longer', video: { data: mp4, mimeType: 'video/mp4' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedError);
    expect(error).toMatchObject({ code: 'video_url_required', accepted: 'no' });
    expect((error as Error).message).toMatch(/public video URL/);
  });
});
