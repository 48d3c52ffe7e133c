import {
  checkCapabilities,
  type GenerationRequest,
  normalizeRequest,
  UnsupportedError,
  ValidationError,
} from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import { deriveCapabilities, PIXAZO_CAPABILITIES } from './capabilities.ts';
import { range } from './endpoint-types.ts';
import { PIXAZO_ENDPOINTS } from './endpoints.ts';

const check = (input: GenerationRequest) => {
  const { request, explicitFields } = normalizeRequest(input);
  return checkCapabilities('pixazo', PIXAZO_CAPABILITIES, request, { explicitFields });
};
const img = 'https://a.example/a.png';

describe('PIXAZO_CAPABILITIES, derived from PIXAZO_ENDPOINTS', () => {
  it('takes webhooks, no cancel, media only as URLs; no video-extend endpoint, no video-extend type', () => {
    expect(PIXAZO_CAPABILITIES).toMatchObject({ webhooks: true, cancel: false, inlineMedia: false });
    expect(Object.keys(PIXAZO_CAPABILITIES.types).sort()).toEqual(
      [...new Set(Object.values(PIXAZO_ENDPOINTS).map((endpoint) => endpoint.type))].sort(),
    );
    expect(() => check({ type: 'video-extend', prompt: 'p', video: img })).toThrow(UnsupportedError);
  });

  it('image-edit allows only the quality tier; text-to-image both, standard first (the cheaper)', () => {
    expect(PIXAZO_CAPABILITIES.types['image-edit']!.fields.quality).toEqual({
      kind: 'enum',
      values: ['quality'],
    });
    expect(PIXAZO_CAPABILITIES.types['text-to-image']!.fields.quality).toEqual({
      kind: 'enum',
      values: ['standard', 'quality'],
    });
  });

  it('unions the endpoints of a type in core’s vocabulary order (text-to-video: both endpoints)', () => {
    expect(PIXAZO_CAPABILITIES.types['text-to-video']!.fields).toEqual({
      duration: { kind: 'range', min: 3, max: 10, unit: 's' },
      aspectRatio: { kind: 'enum', values: ['16:9', '9:16', '1:1', '4:3', '3:4', '3:2', '2:3'] },
      resolution: { kind: 'enum', values: ['480p', '720p', '1080p'] },
    });
    expect(PIXAZO_CAPABILITIES.types['text-to-video']!.notes).toContain(
      'grok-imagine-video takes only aspectRatio 16:9, 9:16, 1:1; resolution 720p, 1080p.',
    );
    expect(PIXAZO_CAPABILITIES.types['text-to-image']!.notes).toContain(
      "grok-imagine-api-641 (quality 'standard') takes only resolution 1k; delivery url.",
    );
  });

  it('says which limits are assumed rather than documented (grok-imagine-api-641)', () => {
    const notes = PIXAZO_CAPABILITIES.types['text-to-image']!.notes ?? [];
    const assumed = notes.filter((note) => note.includes('assumed, not documented'));
    expect(assumed).toEqual([
      expect.stringMatching(/^grok-imagine-api-641: the n limit is assumed.*no range.*1–4/),
      expect.stringMatching(
        /^grok-imagine-api-641: the aspectRatio limit is assumed.*"common values" 1:1, 16:9, 9:16, 4:3, 3:2/,
      ),
      expect.stringMatching(/^grok-imagine-api-641: the resolution limit is assumed/),
    ]);
    for (const type of ['image-edit', 'text-to-video', 'image-to-video', 'reference-to-video'] as const)
      expect(PIXAZO_CAPABILITIES.types[type]!.notes ?? [], type).not.toContainEqual(
        expect.stringContaining('assumed, not documented'),
      );
  });

  it('lists the assumed rules as data: field, endpoint, reason and the documented part', () => {
    expect(PIXAZO_CAPABILITIES.types['text-to-image']!.assumed).toEqual([
      {
        field: 'n',
        scope: 'grok-imagine-api-641',
        reason: expect.stringContaining('no range'),
        documented: { kind: 'range', min: 1, max: 1 },
      },
      {
        field: 'aspectRatio',
        scope: 'grok-imagine-api-641',
        reason: expect.stringContaining('"common values"'),
        documented: { kind: 'enum', values: ['1:1', '16:9', '9:16', '4:3', '3:2'] },
      },
      {
        field: 'resolution',
        scope: 'grok-imagine-api-641',
        reason: expect.stringContaining('no resolution parameter'),
      },
    ]);
    for (const type of [
      'image-edit',
      'text-to-video',
      'image-to-video',
      'reference-to-video',
      'video-edit',
    ] as const)
      expect(PIXAZO_CAPABILITIES.types[type]!.assumed, type).toBeUndefined();
  });

  it('follows the table: a changed endpoint rule changes the capability', () => {
    const wider = {
      ...PIXAZO_ENDPOINTS,
      'grok-imagine-video': {
        ...PIXAZO_ENDPOINTS['grok-imagine-video'],
        params: PIXAZO_ENDPOINTS['grok-imagine-video'].params.map((param) =>
          param.field === 'duration' ? { ...param, rule: range(2, 12, 's') } : param,
        ),
      },
    };
    expect(deriveCapabilities(wider).types['text-to-video']!.fields.duration).toEqual({
      kind: 'range',
      min: 2,
      max: 12,
      unit: 's',
    });
  });

  it('rejects what no endpoint takes', () => {
    expect(() => check({ type: 'text-to-image', prompt: 'p', n: 5 })).toThrow(ValidationError);
    expect(() =>
      check({ type: 'image-edit', prompt: 'p', images: [img, img, img, img], quality: 'quality' }),
    ).toThrow(/images 4 items/);
    expect(() => check({ type: 'text-to-video', prompt: 'p', duration: 11 })).toThrow(/3–10 s/);
    expect(() => check({ type: 'image-edit', prompt: 'p', image: img, quality: 'standard' })).toThrow(
      /quality/,
    );
  });

  it('accepts every documented range', () => {
    expect(check({ type: 'reference-to-video', prompt: '@image1', references: [img], duration: 15 })).toEqual(
      [],
    );
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
});
