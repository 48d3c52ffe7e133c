import type { ImageModelV4CallOptions } from '@ai-sdk/provider';
import { createImagine, type ProviderId } from '@grok-imagine/sdk';

const providerCapabilities = (provider: ProviderId) => createImagine({ env: {} }).capabilities(provider);
import { describe, expect, it } from 'vitest';
import { mapImageCall } from './map-image-call.ts';

function call(overrides: Partial<ImageModelV4CallOptions> = {}): ImageModelV4CallOptions {
  return {
    prompt: 'A fox',
    n: 1,
    size: undefined,
    aspectRatio: undefined,
    seed: undefined,
    files: undefined,
    mask: undefined,
    providerOptions: {},
    ...overrides,
  };
}

const xai = { capabilities: providerCapabilities('xai') };
const vydra = { capabilities: providerCapabilities('vydra') };

describe('mapImageCall', () => {
  it('maps prompt, n and a reduced aspect ratio to a text-to-image request, sending nothing unset', () => {
    const mapped = mapImageCall(call({ n: 3, aspectRatio: '32:18' }), 'grok-imagine-image', {}, xai);
    expect(mapped.request).toEqual({ type: 'text-to-image', prompt: 'A fox', n: 3, aspectRatio: '16:9' });
    expect(mapped.warnings).toEqual([]);
    expect(mapped.strict).toBe(false);
  });

  it('picks the quality tier for grok-imagine-image-pro; an explicit option wins', () => {
    expect(mapImageCall(call(), 'grok-imagine-image-pro', {}, xai).request).toMatchObject({
      quality: 'quality',
    });
    expect(
      mapImageCall(call(), 'grok-imagine-image-pro', { quality: 'standard' }, xai).request,
    ).toMatchObject({
      quality: 'standard',
    });
    expect(mapImageCall(call(), 'grok-imagine-image', {}, xai).request).not.toHaveProperty('quality');
  });

  it('maps size to a resolution tier and, without an aspect ratio, to a ratio, with a compatibility warning', () => {
    const mapped = mapImageCall(call({ size: '2048x1152' }), 'grok-imagine-image', {}, xai);
    expect(mapped.request).toMatchObject({ resolution: '2k', aspectRatio: '16:9' });
    expect(mapped.warnings).toEqual([
      {
        type: 'compatibility',
        feature: 'size',
        details:
          'size 2048x1152 was sent as resolution 2k and aspect ratio 16:9; the provider picks the exact pixel size.',
      },
    ]);
  });

  it('keeps a given aspect ratio and an explicit resolution over what size maps to', () => {
    const mapped = mapImageCall(
      call({ size: '1024x1024', aspectRatio: '4:3' }),
      'grok-imagine-image',
      { resolution: '2k' },
      xai,
    );
    expect(mapped.request).toMatchObject({ resolution: '2k', aspectRatio: '4:3' });
  });

  it('warns that a size without equivalent was not sent', () => {
    const mapped = mapImageCall(call({ size: '4096x1000' }), 'grok-imagine-image', {}, xai);
    expect(mapped.request).not.toHaveProperty('resolution');
    expect(mapped.request).not.toHaveProperty('aspectRatio');
    expect(mapped.warnings).toEqual([
      {
        type: 'unsupported',
        feature: 'size',
        details:
          "size 4096x1000 has no Grok Imagine equivalent here; use aspectRatio and providerOptions['grok-imagine'].resolution ('1k' | '2k').",
      },
    ]);
  });

  it('sends no resolution to a provider that ignores it, only the ratio', () => {
    const mapped = mapImageCall(call({ size: '1024x1024' }), 'grok-imagine-image', {}, vydra);
    expect(mapped.request).toMatchObject({ aspectRatio: '1:1' });
    expect(mapped.request).not.toHaveProperty('resolution');
  });

  it('turns files into an image edit (URL, bytes, base64) and derives no ratio from size for it', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const mapped = mapImageCall(
      call({
        size: '1024x576',
        files: [
          { type: 'url', url: 'https://example.test/a.png' },
          { type: 'file', mediaType: 'image/png', data: bytes },
          { type: 'file', mediaType: 'image/jpeg', data: 'AAEC' },
        ],
      }),
      'grok-imagine-image',
      {},
      xai,
    );
    expect(mapped.request).toEqual({
      type: 'image-edit',
      prompt: 'A fox',
      n: 1,
      resolution: '1k',
      images: [
        'https://example.test/a.png',
        { data: bytes, mimeType: 'image/png' },
        'data:image/jpeg;base64,AAEC',
      ],
    });
  });

  it('warns for seed and mask, which have no equivalent', () => {
    const mask = { type: 'url' as const, url: 'https://example.test/m.png' };
    const mapped = mapImageCall(call({ seed: 7, mask }), 'grok-imagine-image', {}, xai);
    expect(mapped.warnings).toEqual([
      { type: 'unsupported', feature: 'seed', details: 'Grok Imagine takes no seed.' },
      {
        type: 'unsupported',
        feature: 'mask',
        details:
          'Grok Imagine edits follow the prompt; there is no inpainting mask, so the mask was not sent.',
      },
    ]);
  });

  it('passes format, delivery, provider options, strict and webhook through', () => {
    const mapped = mapImageCall(
      call(),
      'grok-imagine-image',
      {
        format: 'png',
        delivery: 'data',
        strict: true,
        webhook: { url: 'https://hooks.test/x' },
        providerOptions: { pixazo: { endpoint: 'grok-imagine-api-641' } },
      },
      xai,
    );
    expect(mapped.request).toEqual({
      type: 'text-to-image',
      prompt: 'A fox',
      n: 1,
      format: 'png',
      delivery: 'data',
      providerOptions: { pixazo: { endpoint: 'grok-imagine-api-641' } },
    });
    expect(mapped.strict).toBe(true);
    expect(mapped.webhook).toEqual({ url: 'https://hooks.test/x' });
  });
});
