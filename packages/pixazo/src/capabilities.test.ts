import {
  checkCapabilities,
  type GenerationRequest,
  normalizeRequest,
  ValidationError,
} from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import { PIXAZO_CAPABILITIES } from './capabilities.ts';
import { PIXAZO_ENDPOINTS } from './endpoints.ts';

const check = (input: GenerationRequest) => {
  const { request, explicitFields } = normalizeRequest(input);
  return checkCapabilities('pixazo', PIXAZO_CAPABILITIES, request, { explicitFields });
};

describe('PIXAZO_CAPABILITIES', () => {
  it('takes webhooks, no cancel, media only as URLs', () => {
    expect(PIXAZO_CAPABILITIES).toMatchObject({ webhooks: true, cancel: false, inlineMedia: false });
    expect(PIXAZO_CAPABILITIES.types['video-extend']).toBeUndefined();
  });

  it('rejects what no endpoint takes', () => {
    expect(() => check({ type: 'text-to-image', prompt: 'p', n: 5 })).toThrow(ValidationError);
    expect(() =>
      check({
        type: 'image-edit',
        prompt: 'p',
        images: ['a', 'b', 'c', 'd'].map((x) => `https://a.example/${x}`),
      }),
    ).toThrow(/images 4 items/);
    expect(() => check({ type: 'text-to-video', prompt: 'p', duration: 11 })).toThrow(/3–10 s/);
    expect(() => check({ type: 'image-edit', prompt: 'p', image: 'https://a.example/a.png' })).toThrow(
      /quality/,
    );
  });

  it('accepts every documented range', () => {
    expect(
      check({
        type: 'reference-to-video',
        prompt: '@Image1',
        references: ['https://a.example/a'],
        duration: 15,
      }),
    ).toEqual([]);
    expect(
      check({
        type: 'text-to-image',
        prompt: 'p',
        aspectRatio: '19.5:9',
        resolution: '2k',
        quality: 'quality',
      }),
    ).toEqual([]);
  });

  it('agrees with the endpoints: every endpoint rule fits in the capability of its type', () => {
    for (const endpoint of Object.values(PIXAZO_ENDPOINTS)) {
      const fields = PIXAZO_CAPABILITIES.types[endpoint.type]!.fields;
      for (const param of endpoint.params) {
        if (!param.rule) continue;
        const capability = fields[param.field];
        expect(capability, `${endpoint.id}.${param.field}`).toBeDefined();
        if (param.rule.kind === 'enum' && capability!.kind === 'enum')
          for (const value of param.rule.values) expect(capability!.values).toContain(value);
        if (param.rule.kind !== 'enum' && (capability!.kind === 'range' || capability!.kind === 'count')) {
          expect(param.rule.min).toBeGreaterThanOrEqual(capability!.min);
          expect(param.rule.max).toBeLessThanOrEqual(capability!.max);
        }
      }
    }
  });
});
