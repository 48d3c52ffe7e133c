import {
  type GenerationRequest,
  normalizeRequest,
  UnsupportedError,
  ValidationError,
} from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import { PIXAZO_ENDPOINT_IDS, PIXAZO_ENDPOINTS } from './endpoints.ts';
import { PIXAZO_ROUTES, selectEndpoint } from './routing.ts';

const route = (input: GenerationRequest) => selectEndpoint(normalizeRequest(input).request).id;
const fails = (input: GenerationRequest) => {
  try {
    route(input);
  } catch (error) {
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError');
};
const img = 'https://a.example/i.png';
const vid = 'https://a.example/v.mp4';

describe('the routing table', () => {
  it.each([
    [{ type: 'text-to-image', prompt: 'p' }, 'grok-imagine-api-641'],
    [{ type: 'text-to-image', prompt: 'p', quality: 'quality' }, 'grok-imagine-pro-text-to-image-quality'],
    [{ type: 'image-edit', prompt: 'p', image: img, quality: 'quality' }, 'grok-imagine-pro-edit-quality'],
    [{ type: 'text-to-video', prompt: 'p', resolution: '480p' }, 'grok-imagine-video-text-to-video'],
    [{ type: 'text-to-video', prompt: 'p' }, 'grok-imagine-video-text-to-video'],
    [{ type: 'text-to-video', prompt: 'p', resolution: '1080p' }, 'grok-imagine-video'],
    [{ type: 'image-to-video', prompt: 'p', image: img }, 'grok-imagine-video-image-to-video'],
    [
      { type: 'reference-to-video', prompt: '@Image1', references: [img], duration: 15 },
      'grok-imagine-video-reference-to-video',
    ],
    [{ type: 'video-edit', prompt: 'p', video: vid }, 'grok-imagine-video-edit-video'],
  ] as [GenerationRequest, string][])('%j → %s', (request, endpoint) => {
    expect(route(request)).toBe(endpoint);
  });

  it('every row of the table names an endpoint of its own type', () => {
    for (const row of PIXAZO_ROUTES) expect(PIXAZO_ENDPOINTS[row.endpoint].type).toBe(row.type);
  });

  it('image-edit with quality standard is a ValidationError naming quality and allowed [quality]', () => {
    const error = fails({ type: 'image-edit', prompt: 'p', image: img });
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({
      field: 'quality',
      value: 'standard',
      allowed: ['quality'],
      provider: 'pixazo',
    });
    expect(error.message).toContain(
      "only in the quality tier (grok-imagine-pro-edit-quality); set quality: 'quality'",
    );
  });

  it('1080p takes only 16:9, 9:16 and 1:1 and 3–10 s', () => {
    expect(
      fails({ type: 'text-to-video', prompt: 'p', resolution: '1080p', aspectRatio: '4:3' }),
    ).toMatchObject({
      field: 'aspectRatio',
      value: '4:3',
      allowed: ['16:9', '9:16', '1:1'],
      message: expect.stringContaining('grok-imagine-video'),
    });
    expect(fails({ type: 'text-to-video', prompt: 'p', resolution: '1080p', duration: 11 })).toMatchObject({
      field: 'duration',
      allowed: '3–10 s',
    });
  });

  it('reference-to-video takes 3–15 s and 1–7 references; text-to-video at most 10 s', () => {
    expect(fails({ type: 'reference-to-video', prompt: 'p', references: [img], duration: 16 })).toMatchObject(
      {
        field: 'duration',
        allowed: '3–15 s',
      },
    );
    expect(fails({ type: 'reference-to-video', prompt: 'p', references: Array(8).fill(img) })).toMatchObject({
      field: 'references',
      value: '8 items',
    });
    expect(fails({ type: 'text-to-video', prompt: 'p', duration: 2 })).toMatchObject({ field: 'duration' });
  });

  it('2k or inline data with quality standard tells the user to use quality "quality"', () => {
    expect(fails({ type: 'text-to-image', prompt: 'p', resolution: '2k' })).toMatchObject({
      field: 'resolution',
      message: expect.stringContaining("Set quality: 'quality'"),
    });
    // The 641 endpoint's 1k-only output is an assumption, and the error says so.
    expect(fails({ type: 'text-to-image', prompt: 'p', resolution: '2k' }).message).toMatch(
      /\(Assumed limit: the endpoint has no resolution parameter; its output is taken to be the 1k tier\.\)$/,
    );
    expect(fails({ type: 'text-to-image', prompt: 'p', delivery: 'data' })).toMatchObject({
      field: 'delivery',
      message: expect.stringContaining("Set quality: 'quality'"),
    });
  });

  it('image-edit takes at most 3 images and 5 outputs', () => {
    expect(
      fails({ type: 'image-edit', prompt: 'p', images: [img, img, img, img], quality: 'quality' }),
    ).toMatchObject({ field: 'images' });
    expect(fails({ type: 'image-edit', prompt: 'p', image: img, n: 6, quality: 'quality' })).toMatchObject({
      field: 'n',
      allowed: '1–5',
    });
  });

  it('video-extend is unsupported', () => {
    expect(() => route({ type: 'video-extend', prompt: 'p', video: vid })).toThrow(UnsupportedError);
  });
});

describe('explicit endpoint choice', () => {
  it('providerOptions.pixazo.endpoint overrides the table', () => {
    expect(
      route({
        type: 'text-to-video',
        prompt: 'p',
        resolution: '720p',
        aspectRatio: '1:1',
        providerOptions: { pixazo: { endpoint: 'grok-imagine-video' } },
      }),
    ).toBe('grok-imagine-video');
  });

  it('an unknown id is a ValidationError listing the eight', () => {
    expect(
      fails({
        type: 'text-to-video',
        prompt: 'p',
        providerOptions: { pixazo: { endpoint: 'grok-imagine-video-2' } },
      }),
    ).toMatchObject({ field: 'providerOptions.pixazo.endpoint', allowed: PIXAZO_ENDPOINT_IDS });
  });

  it('an endpoint of another type is a ValidationError naming the ones that serve the request', () => {
    const error = fails({
      type: 'text-to-video',
      prompt: 'p',
      providerOptions: { pixazo: { endpoint: 'grok-imagine-api-641' } },
    });
    expect(error.allowed).toEqual(['grok-imagine-video', 'grok-imagine-video-text-to-video']);
    expect(error.message).toContain('serves text-to-image, not text-to-video');
  });

  it('the chosen endpoint’s ranges still apply', () => {
    expect(
      fails({
        type: 'text-to-video',
        prompt: 'p',
        resolution: '480p',
        providerOptions: { pixazo: { endpoint: 'grok-imagine-video' } },
      }),
    ).toMatchObject({ field: 'resolution', allowed: ['720p', '1080p'] });
  });
});
