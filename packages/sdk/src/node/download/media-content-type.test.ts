import { describe, expect, it } from 'vitest';
import { contentTypeFits } from './media-content-type.ts';

describe('contentTypeFits', () => {
  it('takes the family of the output kind, with parameters and any case', () => {
    expect(contentTypeFits('video/mp4', 'video', 'video/mp4')).toBe(true);
    expect(contentTypeFits('Video/WebM; codecs="vp9"', 'video', 'video/mp4')).toBe(true);
    expect(contentTypeFits('image/png', 'image', 'image/jpeg')).toBe(true);
  });

  it('refuses another family, html and text', () => {
    expect(contentTypeFits('image/png', 'video', 'video/mp4')).toBe(false);
    expect(contentTypeFits('video/mp4', 'image', 'image/png')).toBe(false);
    expect(contentTypeFits('text/html; charset=utf-8', 'video', 'video/mp4')).toBe(false);
    expect(contentTypeFits('application/json', 'image', 'image/png')).toBe(false);
  });

  it('takes octet-stream or no type only when the output names its media type', () => {
    expect(contentTypeFits('application/octet-stream', 'video', 'video/mp4')).toBe(true);
    expect(contentTypeFits('binary/octet-stream', 'image', 'image/webp')).toBe(true);
    expect(contentTypeFits(undefined, 'image', 'image/png')).toBe(true);
    expect(contentTypeFits('application/octet-stream', 'video', 'application/octet-stream')).toBe(false);
    expect(contentTypeFits('application/octet-stream', 'image', '')).toBe(false);
    expect(contentTypeFits(undefined, 'video', 'image/png')).toBe(false);
  });
});
