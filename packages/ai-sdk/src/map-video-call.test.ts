import type { Experimental_VideoModelV4CallOptions } from '@ai-sdk/provider';
import { createImagine, type ProviderId } from '@grok-imagine/sdk';

const providerCapabilities = (provider: ProviderId) => createImagine({ env: {} }).capabilities(provider);
import { describe, expect, it } from 'vitest';
import { mapVideoCall } from './map-video-call.ts';

function call(
  overrides: Partial<Experimental_VideoModelV4CallOptions> = {},
): Experimental_VideoModelV4CallOptions {
  return {
    prompt: 'Waves',
    n: 1,
    aspectRatio: undefined,
    resolution: undefined,
    duration: undefined,
    fps: undefined,
    seed: undefined,
    image: undefined,
    frameImages: undefined,
    inputReferences: undefined,
    generateAudio: undefined,
    providerOptions: {},
    ...overrides,
  };
}

const context = (provider: 'xai' | 'pixazo' | 'vydra') => ({
  capabilities: providerCapabilities(provider),
  xaiVideo15Model: 'grok-imagine-video-1.5',
});
const IMAGE = { type: 'url' as const, url: 'https://example.test/start.png' };

describe('mapVideoCall', () => {
  it('maps a text-to-video call; 1280x720 becomes 720p and, without a ratio, 16:9', () => {
    const mapped = mapVideoCall(
      call({ duration: 6, resolution: '1280x720' }),
      'grok-imagine-video',
      {},
      context('xai'),
    );
    expect(mapped.request).toEqual({
      type: 'text-to-video',
      prompt: 'Waves',
      duration: 6,
      aspectRatio: '16:9',
      resolution: '720p',
    });
    expect(mapped.warnings).toEqual([]);
  });

  it('maps portrait sizes and 480p, and warns for a size without equivalent', () => {
    expect(
      mapVideoCall(call({ resolution: '720x1280' }), 'grok-imagine-video', {}, context('xai')).request,
    ).toMatchObject({ resolution: '720p', aspectRatio: '9:16' });
    expect(
      mapVideoCall(call({ resolution: '854x480' }), 'grok-imagine-video', {}, context('xai')).request,
    ).toMatchObject({
      resolution: '480p',
      aspectRatio: '16:9',
    });
    const odd = mapVideoCall(call({ resolution: '1000x1000' }), 'grok-imagine-video', {}, context('xai'));
    expect(odd.request).toEqual({ type: 'text-to-video', prompt: 'Waves', aspectRatio: '1:1' });
    expect(odd.warnings).toEqual([
      {
        type: 'unsupported',
        feature: 'resolution',
        details:
          'resolution 1000x1000 has no Grok Imagine equivalent (480p, 720p, 1080p: 854x480, 1280x720, 1920x1080 or portrait).',
      },
    ]);
  });

  it('makes image-to-video from image or a first frame; adaptive follows the image', () => {
    const mapped = mapVideoCall(
      call({ image: IMAGE, aspectRatio: 'adaptive' }),
      'grok-imagine-video',
      {},
      context('xai'),
    );
    expect(mapped.request).toEqual({
      type: 'image-to-video',
      prompt: 'Waves',
      aspectRatio: 'auto',
      image: 'https://example.test/start.png',
    });
    const framed = mapVideoCall(
      call({
        frameImages: [
          { frameType: 'first_frame', image: IMAGE },
          { frameType: 'last_frame', image: { type: 'url', url: 'https://example.test/end.png' } },
        ],
      }),
      'grok-imagine-video',
      {},
      context('xai'),
    );
    expect(framed.request).toMatchObject({ type: 'image-to-video', image: 'https://example.test/start.png' });
    expect(framed.warnings).toEqual([
      {
        type: 'unsupported',
        feature: 'frameImages',
        details: 'Grok Imagine takes a start image only; the last_frame image was not sent.',
      },
    ]);
  });

  it('makes reference-to-video from image references and drops video references with a warning', () => {
    const bytes = new Uint8Array([9]);
    const mapped = mapVideoCall(
      call({
        inputReferences: [
          { type: 'url', url: 'https://example.test/a.png' },
          { type: 'file', mediaType: 'image/png', data: bytes },
          { type: 'url', url: 'https://example.test/clip.mp4', mediaType: 'video/mp4' },
        ],
      }),
      'grok-imagine-video',
      {},
      context('xai'),
    );
    expect(mapped.request).toEqual({
      type: 'reference-to-video',
      prompt: 'Waves',
      references: ['https://example.test/a.png', { data: bytes, mimeType: 'image/png' }],
    });
    expect(mapped.warnings).toEqual([
      {
        type: 'unsupported',
        feature: 'inputReferences',
        details: 'Grok Imagine references are images; 1 video reference(s) were not sent.',
      },
    ]);
  });

  it('warns for fps, seed, audio off and adaptive without an image; none of them is sent', () => {
    const mapped = mapVideoCall(
      call({ fps: 24, seed: 1, generateAudio: false, aspectRatio: 'adaptive' }),
      'grok-imagine-video',
      {},
      context('pixazo'),
    );
    expect(mapped.request).toEqual({ type: 'text-to-video', prompt: 'Waves' });
    expect(mapped.warnings.map((w) => ('feature' in w ? w.feature : w.type))).toEqual([
      'fps',
      'seed',
      'generateAudio',
      'aspectRatio',
    ]);
  });

  it('runs grok-imagine-video-1.5 at 1080p by default, and names the xAI model below 1080p', () => {
    expect(mapVideoCall(call(), 'grok-imagine-video-1.5', {}, context('xai')).request).toEqual({
      type: 'text-to-video',
      prompt: 'Waves',
      resolution: '1080p',
    });
    expect(
      mapVideoCall(call({ resolution: '1280x720' }), 'grok-imagine-video-1.5', {}, context('xai')).request,
    ).toMatchObject({ resolution: '720p', providerOptions: { xai: { model: 'grok-imagine-video-1.5' } } });
    const pixazoImage = mapVideoCall(call({ image: IMAGE }), 'grok-imagine-video-1.5', {}, context('pixazo'));
    expect(pixazoImage.request).not.toHaveProperty('resolution');
    expect(pixazoImage.warnings).toEqual([
      {
        type: 'other',
        message:
          'grok-imagine-video-1.5 defaults to 1080p, which this provider does not offer for image-to-video; its default resolution is used.',
      },
    ]);
  });

  it('refuses more than one video per call', () => {
    expect(() => mapVideoCall(call({ n: 2 }), 'grok-imagine-video', {}, context('xai'))).toThrow(
      'Grok Imagine makes one video per call; n was 2. Start one call per video.',
    );
  });
});
