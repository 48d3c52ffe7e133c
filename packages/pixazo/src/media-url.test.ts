import { UnsupportedError } from '@grok-imagine/core';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i2v from './__fixtures__/endpoints/grok-imagine-video-image-to-video.json' with { type: 'json' };
import ref2v from './__fixtures__/endpoints/grok-imagine-video-reference-to-video.json' with { type: 'json' };
import { PIXAZO_ENDPOINTS } from './endpoints.ts';
import { intercept, providerRequest, startOn, testAdapter, testContext } from './testing/pixazo-test-kit.ts';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

describe('media inputs', () => {
  it('refuses bytes without an uploadMedia hook, saying Pixazo needs public URLs', async () => {
    const scope = nock('https://gateway.pixazo.ai').post(/.*/).reply(202, i2v.response);
    const submit = startOn(
      testAdapter(),
      providerRequest({ type: 'image-to-video', prompt: 'move', image: bytes }),
      testContext(),
    );
    await expect(submit).rejects.toThrow(UnsupportedError);
    await expect(submit).rejects.toThrow(/public URLs.*uploadMedia/);
    expect(scope.isDone()).toBe(false);
  });

  it('uploads bytes through uploadMedia and sends the URL it returns', async () => {
    const calls = intercept(
      'POST',
      PIXAZO_ENDPOINTS['grok-imagine-video-image-to-video'].path,
      202,
      i2v.response,
    );
    const uploadMedia = vi.fn(async () => 'https://cdn.example.com/up/1.png');
    await startOn(
      testAdapter({ uploadMedia }),
      providerRequest({ type: 'image-to-video', prompt: 'move', image: bytes }),
      testContext(),
    );
    expect(uploadMedia).toHaveBeenCalledWith({ kind: 'bytes', bytes, mimeType: 'image/png' });
    expect(calls[0]!.body).toStrictEqual({
      prompt: 'move',
      image_url: 'https://cdn.example.com/up/1.png',
      duration: 6,
      aspect_ratio: 'auto',
      resolution: '720p',
    });
  });

  it('uploads references in order, mixing them with URLs', async () => {
    const calls = intercept(
      'POST',
      PIXAZO_ENDPOINTS['grok-imagine-video-reference-to-video'].path,
      202,
      ref2v.response,
    );
    let n = 0;
    const uploadMedia = vi.fn(async () => `https://cdn.example.com/up/${++n}.png`);
    await startOn(
      testAdapter({ uploadMedia }),
      providerRequest({
        type: 'reference-to-video',
        prompt: '@Image1 meets @Image2 and @Image3',
        references: [bytes, 'https://a.example/b.png', bytes],
      }),
      testContext(),
    );
    expect((calls[0]!.body as { reference_image_urls: string[] }).reference_image_urls).toEqual([
      'https://cdn.example.com/up/1.png',
      'https://a.example/b.png',
      'https://cdn.example.com/up/2.png',
    ]);
  });
});
