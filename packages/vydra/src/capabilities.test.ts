import {
  checkCapabilities,
  createClient,
  type NormalizedRequest,
  UnsupportedError,
  ValidationError,
} from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import { T2I, T2V } from './__fixtures__/harness.ts';
import { createVydraAdapter } from './adapter.ts';
import { VYDRA_CAPABILITIES } from './capabilities.ts';
import { VYDRA_ROUTES } from './routes.ts';

function check(request: object, explicit: string[] = [], strict = false) {
  return checkCapabilities('vydra', VYDRA_CAPABILITIES, request as NormalizedRequest, {
    explicitFields: new Set(explicit),
    strict,
  });
}

describe('VYDRA_CAPABILITIES', () => {
  it('accepts the neutral defaults of every supported type without warnings', () => {
    expect(check(T2I)).toEqual([]);
    expect(check(T2V)).toEqual([]);
    expect(
      check({ ...T2I, type: 'image-edit', aspectRatio: 'auto', images: ['https://a.example/x.png'] }),
    ).toEqual([]);
    expect(
      check({ ...T2V, type: 'image-to-video', aspectRatio: 'auto', image: 'https://a.example/x.png' }),
    ).toEqual([]);
  });

  it('warns that resolution, format and quality are ignored when the user set them', () => {
    const warnings = check({ ...T2I, resolution: '2k' }, ['resolution']);
    expect(warnings).toEqual([
      expect.objectContaining({ type: 'unsupported', field: 'resolution', provider: 'vydra' }),
    ]);
    expect(check(T2V, ['resolution']).map((w) => w.field)).toEqual(['resolution']);
    expect(() => check(T2I, ['quality'], true)).toThrow(UnsupportedError);
  });

  it('rejects auto for text-to-video, a second edit image, and data delivery', () => {
    expect(() => check({ ...T2V, aspectRatio: 'auto' })).toThrow(ValidationError);
    expect(() => check({ ...T2I, type: 'image-edit', images: ['a', 'b'] })).toThrow(/images 2 items/);
    expect(() => check({ ...T2I, delivery: 'data' })).toThrow(/delivery/);
  });

  it('has no reference-to-video, video-edit or video-extend', () => {
    expect(() => check({ ...T2V, type: 'reference-to-video', references: [] })).toThrow(UnsupportedError);
    expect(Object.keys(VYDRA_CAPABILITIES.types)).toEqual([
      'text-to-image',
      'image-edit',
      'text-to-video',
      'image-to-video',
    ]);
    expect(VYDRA_CAPABILITIES).toMatchObject({
      cancel: true,
      webhooks: false,
      inlineMedia: false,
      maxConcurrentJobs: 2,
    });
  });

  it('is derived from the route table: one type per route, image fields for image routes, auto only with a source image', () => {
    for (const [type, route] of Object.entries(VYDRA_ROUTES)) {
      const fields = VYDRA_CAPABILITIES.types[type as keyof typeof VYDRA_ROUTES]?.fields ?? {};
      expect('duration' in fields, `${type} has duration`).toBe(route?.media === 'video');
      expect('n' in fields, `${type} has n`).toBe(route?.media === 'image');
      const ratios = fields.aspectRatio?.kind === 'enum' ? fields.aspectRatio.values : [];
      expect(ratios.includes('auto'), `${type} takes auto`).toBe(route?.sourceImage !== undefined);
    }
    expect(Object.keys(VYDRA_CAPABILITIES.types)).toEqual(Object.keys(VYDRA_ROUTES));
  });

  it('advertises no webhooks, and a submit with one is refused by core before anything is sent', async () => {
    const client = createClient(createVydraAdapter({ apiKey: 'k' }));
    const error = await client
      .submit({ type: 'text-to-video', prompt: 'x' }, { webhook: { url: 'https://hooks.example/v' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedError);
    expect(error).toMatchObject({ code: 'webhooks_unsupported', accepted: 'no' });
  });
});
