import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { REQUEST_DEFAULTS } from './defaults.ts';
import { normalizeRequest } from './normalize-request.ts';
import { GenerationRequestSchema, MAX_PROMPT_LENGTH } from './request-schemas.ts';

const img = 'https://example.com/a.png';
const vid = 'https://example.com/a.mp4';

function fails(input: unknown): ValidationError {
  try {
    normalizeRequest(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new ValidationError('expected a ValidationError', { field: 'test' });
}

describe('normalizeRequest defaults', () => {
  it.each([
    [
      { type: 'text-to-image', prompt: 'p' },
      { type: 'text-to-image', prompt: 'p', ...REQUEST_DEFAULTS['text-to-image'] },
    ],
    [
      { type: 'image-edit', prompt: 'p', image: img },
      { type: 'image-edit', prompt: 'p', images: [img], ...REQUEST_DEFAULTS['image-edit'] },
    ],
    [
      { type: 'text-to-video', prompt: 'p' },
      { type: 'text-to-video', prompt: 'p', duration: 6, aspectRatio: '16:9', resolution: '720p' },
    ],
    [
      { type: 'image-to-video', prompt: 'p', image: img },
      {
        type: 'image-to-video',
        prompt: 'p',
        image: img,
        duration: 6,
        aspectRatio: 'auto',
        resolution: '720p',
      },
    ],
    [
      { type: 'reference-to-video', prompt: 'p', references: [img] },
      {
        type: 'reference-to-video',
        prompt: 'p',
        references: [img],
        duration: 6,
        aspectRatio: '16:9',
        resolution: '720p',
      },
    ],
    [
      { type: 'video-edit', prompt: 'p', video: vid },
      { type: 'video-edit', prompt: 'p', video: vid, resolution: 'auto' },
    ],
    [
      { type: 'video-extend', prompt: 'p', video: vid },
      { type: 'video-extend', prompt: 'p', video: vid, duration: 6 },
    ],
  ])('%o gets every default', (input, expected) => {
    const { request, explicitFields } = normalizeRequest(input);
    expect(request).toEqual(expected);
    expect([...explicitFields].sort()).toEqual(Object.keys(input).sort());
  });

  it('the text-to-image defaults are the documented ones', () => {
    expect(REQUEST_DEFAULTS['text-to-image']).toEqual({
      n: 1,
      aspectRatio: '1:1',
      resolution: '1k',
      format: 'jpeg',
      quality: 'standard',
      delivery: 'url',
    });
  });

  it('keeps given values over defaults, trims the prompt and ignores undefined fields', () => {
    const { request, explicitFields } = normalizeRequest({
      type: 'text-to-video',
      prompt: '  waves  ',
      duration: 10,
      resolution: undefined,
    });
    expect(request).toMatchObject({ prompt: 'waves', duration: 10, resolution: '720p' });
    expect(explicitFields.has('resolution')).toBe(false);
  });

  it('image-edit with images keeps the list', () => {
    const { request } = normalizeRequest({ type: 'image-edit', prompt: 'p', images: [img, img] });
    expect(request).toMatchObject({ images: [img, img] });
  });
});

describe('normalizeRequest errors', () => {
  it('names an unknown type and lists the seven', () => {
    const error = fails({ type: 'text-to-audio', prompt: 'p' });
    expect(error.field).toBe('type');
    expect(error.message).toContain(
      'text-to-image, image-edit, text-to-video, image-to-video, reference-to-video, video-edit, video-extend',
    );
    expect(fails(null).field).toBe('type');
  });

  it.each([
    [{ type: 'text-to-image', prompt: '' }, 'prompt', /prompt must not be empty/],
    [
      { type: 'text-to-image', prompt: 'x'.repeat(MAX_PROMPT_LENGTH + 1) },
      'prompt',
      /at most 20000 characters/,
    ],
    [{ type: 'text-to-image', prompt: 'p', n: 0 }, 'n', /n must be at least 1/],
    [{ type: 'text-to-image', prompt: 'p', n: 1.5 }, 'n', /whole number/],
    [{ type: 'text-to-image', prompt: 'p', aspectRatio: '5:4' }, 'aspectRatio', /"5:4"/],
    [{ type: 'text-to-video', prompt: 'p', duration: 2.5 }, 'duration', /whole seconds/],
    [{ type: 'text-to-video', prompt: 'p', resolution: '4k' }, 'resolution', /"4k"/],
    [{ type: 'image-to-video', prompt: 'p', image: 42 }, 'image', /must be a URL string/],
    [{ type: 'reference-to-video', prompt: 'p', references: [] }, 'references', /at least one image/],
    [{ type: 'text-to-image', prompt: 'p', colour: 'red' }, 'colour', /colour/],
  ])('%o → ValidationError on %s', (input, field, message) => {
    const error = fails(input);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });

  it('image-edit needs exactly one of image or images, and never echoes bytes', () => {
    const bytes = new Uint8Array(5000).fill(65);
    const error = fails({ type: 'image-edit', prompt: 'p', image: bytes, images: [bytes] });
    expect(error.message).toContain('give exactly one of image or images');
    expect(error.message).toContain('<5000 bytes>');
    expect(error.message).not.toContain('AAAA');
    expect(JSON.stringify(error)).not.toContain('"65"');
    expect(JSON.stringify(error).length).toBeLessThan(1000);
  });

  it('the variant schema accepts every sample and rejects a mismatched body', () => {
    expect(
      v.safeParse(GenerationRequestSchema, { type: 'video-extend', prompt: 'p', video: vid }).success,
    ).toBe(true);
    expect(v.safeParse(GenerationRequestSchema, { type: 'video-extend', prompt: 'p' }).success).toBe(false);
  });
});
