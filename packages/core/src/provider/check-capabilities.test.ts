import { describe, expect, it } from 'vitest';
import { UnsupportedError } from '../errors/unsupported-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { normalizeRequest } from '../request/normalize-request.ts';
import type { GenerationRequest } from '../request/request-schemas.ts';
import type { ProviderCapabilities } from './capabilities.ts';
import { checkCapabilities } from './check-capabilities.ts';

const caps: ProviderCapabilities = {
  types: {
    'text-to-video': {
      fields: {
        duration: { kind: 'range', min: 1, max: 15, unit: 's' },
        resolution: { kind: 'enum', values: ['480p', '720p'] },
        prompt: { kind: 'maxLength', max: 50 },
      },
    },
    'reference-to-video': { fields: { references: { kind: 'count', min: 1, max: 2 } } },
    'text-to-image': { fields: { resolution: { kind: 'ignored', reason: 'always 1k' } } },
  },
  cancel: false,
  webhooks: false,
  inlineMedia: true,
};

function check(request: GenerationRequest, strict = false) {
  const normalized = normalizeRequest(request);
  return checkCapabilities('vydra', caps, normalized.request, {
    explicitFields: normalized.explicitFields,
    strict,
  });
}

function error(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    return e as ValidationError;
  }
  throw new ValidationError('expected an error', { field: 'test' });
}

describe('checkCapabilities', () => {
  it('passes a request within the ranges with no warnings', () => {
    expect(check({ type: 'text-to-video', prompt: 'waves', duration: 15, resolution: '480p' })).toEqual([]);
  });

  it('a range violation names field, value and the provider range', () => {
    const e = error(() => check({ type: 'text-to-video', prompt: 'waves', duration: 20 }));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.message).toBe('duration 20 is not supported by vydra for text-to-video; allowed: 1–15 s.');
    expect(e).toMatchObject({ field: 'duration', value: 20, allowed: '1–15 s', provider: 'vydra' });
  });

  it('an enum violation (including a default the provider lacks) lists the allowed values', () => {
    const e = error(() => check({ type: 'text-to-video', prompt: 'waves', resolution: '1080p' }));
    expect(e.message).toContain('resolution "1080p" is not supported by vydra');
    expect(e.allowed).toEqual(['480p', '720p']);
  });

  it('a count violation counts the items and does not echo media', () => {
    const bytes = new Uint8Array(10).fill(7);
    const e = error(() =>
      check({
        type: 'reference-to-video',
        prompt: 'p',
        references: ['https://a/1.png', 'https://a/2.png', bytes],
      }),
    );
    expect(e.message).toContain('references 3 items is not supported by vydra');
    expect(e.allowed).toBe('1–2 items');
    expect(JSON.stringify(e)).toContain('<10 bytes>');
  });

  it('a too-long prompt is summarised, not echoed whole', () => {
    const e = error(() => check({ type: 'text-to-video', prompt: 'x'.repeat(500) }));
    expect(e.allowed).toBe('at most 50 characters');
    expect(e.message.length).toBeLessThan(300);
  });

  it('an unsupported type is an UnsupportedError listing what is supported', () => {
    const e = error(() => check({ type: 'video-extend', prompt: 'p', video: 'https://a/v.mp4' }));
    expect(e).toBeInstanceOf(UnsupportedError);
    expect(e.message).toBe(
      'vydra does not support video-extend requests (it supports: text-to-video, reference-to-video, text-to-image).',
    );
    expect(e.provider).toBe('vydra');
  });

  it('an ignored field the user set is a warning; a default is not; strict makes it an error', () => {
    expect(check({ type: 'text-to-image', prompt: 'p' })).toEqual([]);
    expect(check({ type: 'text-to-image', prompt: 'p', resolution: '2k' })).toEqual([
      {
        type: 'unsupported',
        field: 'resolution',
        provider: 'vydra',
        message: 'vydra ignores resolution for text-to-image: always 1k.',
      },
    ]);
    const e = error(() => check({ type: 'text-to-image', prompt: 'p', resolution: '2k' }, true));
    expect(e).toBeInstanceOf(UnsupportedError);
    expect(e.message).toContain('(strict mode)');
  });
});
