import { describe, expect, it } from 'vitest';
import { base64DecodedLength, decodeBase64, encodeBase64, encodeBase64Portable } from './base64.ts';
import { isDataUri, parseDataUri, toDataUri } from './data-uri.ts';
import { isMediaInput } from './is-media-input.ts';
import { mimeTypeFromPath, normalizeMimeType } from './mime-types.ts';
import { sniffMimeType } from './sniff-mime-type.ts';
import { errorValue, summarizeValue } from './summarize-value.ts';

describe('base64 and data URIs', () => {
  it('round-trips bytes larger than one chunk', () => {
    const bytes = new Uint8Array(100_001).map((_, i) => (i * 7) % 256);
    const text = encodeBase64(bytes);
    expect(encodeBase64Portable(bytes) === text).toBe(true);
    expect(Buffer.from(decodeBase64(text)).equals(Buffer.from(bytes))).toBe(true);
    expect(base64DecodedLength(text)).toBe(100_001);
    for (const size of [0, 1, 2, 3, 4]) {
      const small = bytes.subarray(10, 10 + size);
      expect(encodeBase64Portable(small)).toBe(Buffer.from(small).toString('base64'));
      expect(encodeBase64(small)).toBe(Buffer.from(small).toString('base64'));
    }
    expect(() => decodeBase64('not base64!')).toThrow('The text is not base64.');
    expect(encodeBase64(new Uint8Array([1, 2]))).toBe('AQI=');
    expect(decodeBase64('-_8')).toEqual(new Uint8Array([0xfb, 0xff]));
  });

  it('toDataUri writes data:<mime>;base64,…', () => {
    expect(toDataUri({ bytes: new Uint8Array([1, 2, 3]), mimeType: 'image/png' })).toBe(
      'data:image/png;base64,AQID',
    );
    expect(isDataUri('DATA:x,y')).toBe(true);
    expect(parseDataUri('data:text/plain,hi%20there')).toEqual({
      mimeType: 'text/plain',
      base64: false,
      payload: 'hi%20there',
      byteLength: 8,
    });
    expect(parseDataUri('https://x')).toBeUndefined();
  });
});

describe('MIME helpers', () => {
  it('maps extensions', () => {
    expect(mimeTypeFromPath('a/b/Photo.JPG')).toBe('image/jpeg');
    expect(mimeTypeFromPath('clip.mov')).toBe('video/quicktime');
    expect(mimeTypeFromPath('C:\\x\\clip.webm')).toBe('video/webm');
    expect(mimeTypeFromPath('.hidden')).toBeUndefined();
    expect(mimeTypeFromPath('noext')).toBeUndefined();
    expect(mimeTypeFromPath('a.txt')).toBeUndefined();
  });

  it('normalises types', () => {
    expect(normalizeMimeType(undefined)).toBeUndefined();
    expect(normalizeMimeType('')).toBeUndefined();
    expect(normalizeMimeType('video/mov')).toBe('video/quicktime');
    expect(normalizeMimeType('Image/PNG')).toBe('image/png');
  });

  it('sniffs nothing from short or unknown bytes', () => {
    expect(sniffMimeType(new Uint8Array([0xff, 0xd8]))).toBeUndefined();
    expect(sniffMimeType(new TextEncoder().encode('hello world!'))).toBeUndefined();
  });
});

describe('summaries', () => {
  it('describes binary by size and never echoes it', () => {
    expect(summarizeValue(new Uint8Array(3))).toBe('<3 bytes>');
    expect(summarizeValue(new ArrayBuffer(4))).toBe('<4 bytes>');
    expect(summarizeValue(new Blob(['abc'], { type: 'image/png' }))).toBe('<Blob 3 bytes image/png>');
    expect(summarizeValue(new Blob(['abc']))).toBe('<Blob 3 bytes>');
    expect(summarizeValue({ data: new Uint8Array(2), mimeType: 'image/png' })).toBe(
      '{"data":"<2 bytes>","mimeType":"image/png"}',
    );
    expect(summarizeValue(new URL('https://a.example/x'))).toBe('"https://a.example/x"');
    expect(summarizeValue('y'.repeat(500))).toHaveLength(122);
    expect(summarizeValue(Array.from({ length: 200 }, () => 'abc'))).toHaveLength(300);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(summarizeValue(cyclic)).toBe('[object Object]');
    expect(summarizeValue(undefined)).toBe('undefined');
  });

  it('errorValue keeps scalars and summarises the rest', () => {
    expect(errorValue(5)).toBe(5);
    expect(errorValue(null)).toBeNull();
    expect(errorValue('720p')).toBe('720p');
    expect(errorValue('data:image/png;base64,AAAA')).toBe('data:image/png;base64,… (3 bytes)');
    expect(errorValue([1, 2])).toBe('[1,2]');
  });

  it('isMediaInput recognises the accepted shapes', () => {
    expect(isMediaInput({ data: new Uint8Array(1), mimeType: 'image/png' })).toBe(true);
    expect(isMediaInput({ data: new Uint8Array(1), mimeType: 3 })).toBe(false);
    expect(isMediaInput({ path: '' })).toBe(false);
    expect(isMediaInput(new Blob([]))).toBe(true);
    expect(isMediaInput(7)).toBe(false);
  });
});
