import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationError } from '@grok-imagine/sdk/node';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRequest, parseRequestType, videoRequestType } from './build-request.ts';

const cwd = mkdtempSync(join(tmpdir(), 'grok-imagine-cli-request-'));
writeFileSync(join(cwd, 'cat.png'), 'not really a png');
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('buildRequest', () => {
  it('builds a text-to-image request with typed fields', () => {
    const request = buildRequest(
      'text-to-image',
      'a cat',
      { n: '2', aspectRatio: '16:9', format: 'png', data: true },
      cwd,
    );
    expect(request).toEqual({
      type: 'text-to-image',
      prompt: 'a cat',
      n: 2,
      aspectRatio: '16:9',
      format: 'png',
      delivery: 'data',
    });
  });

  it('keeps URLs as they are and turns other media arguments into file paths', () => {
    const request = buildRequest(
      'image-edit',
      'make it blue',
      { image: ['https://example.com/a.png', 'cat.png'] },
      cwd,
    );
    expect(request).toEqual({
      type: 'image-edit',
      prompt: 'make it blue',
      images: ['https://example.com/a.png', { path: join(cwd, 'cat.png') }],
    });
  });

  it('uses image for a single edit source', () => {
    expect(buildRequest('image-edit', 'x', { image: ['data:image/png;base64,AA=='] }, cwd)).toEqual({
      type: 'image-edit',
      prompt: 'x',
      image: 'data:image/png;base64,AA==',
    });
  });

  it('rejects a value no provider accepts, naming the field and the allowed values', () => {
    expect(() => buildRequest('text-to-video', 'x', { resolution: '4k' }, cwd)).toThrow(ValidationError);
    try {
      buildRequest('text-to-video', 'x', { resolution: '4k' }, cwd);
    } catch (error) {
      expect(error).toMatchObject({ field: 'resolution', value: '4k', allowed: ['480p', '720p', '1080p'] });
    }
    expect(() => buildRequest('text-to-video', 'x', { duration: 'six' }, cwd)).toThrow(
      /duration must be a whole number/,
    );
  });

  it('rejects a missing file and a missing required source', () => {
    expect(() => buildRequest('image-to-video', 'x', { image: ['missing.png'] }, cwd)).toThrow(
      /no such file "missing.png"/,
    );
    expect(() => buildRequest('video-edit', 'x', {}, cwd)).toThrow('video-edit needs --video <url|path>.');
  });
});

describe('request types from the command line', () => {
  it('accepts full names and the short aliases', () => {
    expect(parseRequestType('video')).toBe('text-to-video');
    expect(parseRequestType('image')).toBe('text-to-image');
    expect(parseRequestType('reference-to-video')).toBe('reference-to-video');
    expect(() => parseRequestType('gif')).toThrow(ValidationError);
  });

  it('picks the video type from --image / --reference, never both', () => {
    expect(videoRequestType({})).toBe('text-to-video');
    expect(videoRequestType({ image: ['a.png'] })).toBe('image-to-video');
    expect(videoRequestType({ reference: ['a.png'] })).toBe('reference-to-video');
    expect(() => videoRequestType({ image: ['a'], reference: ['b'] })).toThrow(/not both/);
  });
});
