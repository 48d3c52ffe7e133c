import { describe, expect, it } from 'vitest';
import { UnsupportedError } from '../errors/unsupported-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { encodeBase64 } from './base64.ts';
import { toDataUri } from './data-uri.ts';
import type { MediaFileReader, MediaInput } from './media-input.ts';
import { resolveMedia, type ResolveMediaOptions } from './resolve-media.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70]);
const WEBP = new TextEncoder().encode('RIFF\x10\x00\x00\x00WEBPVP8 ');
const GIF = new TextEncoder().encode('GIF89a\x01\x00');
const ftyp = (brand: string) =>
  new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode(`ftyp${brand}`), 0, 0, 0, 0]);
const MP4 = ftyp('isom');
const MOV = ftyp('qt  ');
const WEBM = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 0, 0, 0]);

const image: ResolveMediaOptions = { kind: 'image', field: 'image', maxBytes: 1000 };
const video: ResolveMediaOptions = { kind: 'video', field: 'video', maxBytes: 1000 };

async function failure(input: unknown, options: ResolveMediaOptions): Promise<ValidationError> {
  const error = await resolveMedia(input as MediaInput, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('resolveMedia: URLs', () => {
  it('passes http(s) URL strings and URL objects through', async () => {
    await expect(resolveMedia('https://cdn.example.com/a.png', image)).resolves.toEqual({
      kind: 'url',
      url: 'https://cdn.example.com/a.png',
    });
    await expect(resolveMedia(new URL('http://example.com/v.mp4'), video)).resolves.toEqual({
      kind: 'url',
      url: 'http://example.com/v.mp4',
    });
  });

  it('refuses other schemes and bare strings, pointing file users at { path }', async () => {
    const ftp = await failure('ftp://example.com/a.png', image);
    expect(ftp.message).toContain('the ftp: scheme is not supported');
    expect((await failure(new URL('file:///home/a.png'), image)).message).toContain('pass { path }');
    const bare = await failure('./photo.png', image);
    expect(bare.field).toBe('image');
    expect(bare.message).toContain('must be an http(s) URL or a data: URI');
    expect((await failure('https://exa mple.com/x', image)).message).toContain('not a valid URL');
    expect((await failure({ nope: true }, image)).message).toContain('not a media input');
  });
});

describe('resolveMedia: bytes', () => {
  it.each([
    ['PNG', PNG, 'image/png', image],
    ['JPEG', JPEG, 'image/jpeg', image],
    ['WebP', WEBP, 'image/webp', image],
    ['MP4', MP4, 'video/mp4', video],
    ['MOV', MOV, 'video/quicktime', video],
    ['WebM', WEBM, 'video/webm', video],
  ] as const)('sniffs %s from Uint8Array and ArrayBuffer', async (_name, bytes, mimeType, options) => {
    await expect(resolveMedia(bytes, options)).resolves.toEqual({ kind: 'bytes', bytes, mimeType });
    const fromBuffer = await resolveMedia(bytes.slice().buffer, options);
    expect(fromBuffer).toMatchObject({ kind: 'bytes', mimeType });
  });

  it('takes the MIME type from a data URI, a given type or a Blob type', async () => {
    const uri = `data:image/png;base64,${encodeBase64(JPEG)}`;
    await expect(resolveMedia(uri, image)).resolves.toEqual({
      kind: 'bytes',
      bytes: JPEG,
      mimeType: 'image/png',
    });
    await expect(resolveMedia({ data: PNG, mimeType: 'image/webp' }, image)).resolves.toMatchObject({
      mimeType: 'image/webp',
    });
    await expect(resolveMedia(new Blob([PNG], { type: 'image/jpeg' }), image)).resolves.toMatchObject({
      mimeType: 'image/jpeg',
      bytes: PNG,
    });
    await expect(resolveMedia({ data: new Blob([MP4]) }, video)).resolves.toMatchObject({
      mimeType: 'video/mp4',
    });
    await expect(
      resolveMedia(new URL(toDataUri({ bytes: PNG, mimeType: 'image/png' })), image),
    ).resolves.toEqual({
      kind: 'bytes',
      bytes: PNG,
      mimeType: 'image/png',
    });
  });

  it('normalises aliases and sniffs behind generic types', async () => {
    await expect(resolveMedia({ data: JPEG, mimeType: 'IMAGE/JPG; q=1' }, image)).resolves.toMatchObject({
      mimeType: 'image/jpeg',
    });
    await expect(
      resolveMedia({ data: PNG, mimeType: 'application/octet-stream' }, image),
    ).resolves.toMatchObject({
      mimeType: 'image/png',
    });
    await expect(resolveMedia(`data:;base64,${encodeBase64(WEBM)}`, video)).resolves.toMatchObject({
      mimeType: 'video/webm',
    });
  });

  it('decodes percent-encoded data URIs', async () => {
    const svg = await failure('data:image/svg+xml,%3Csvg%3E%3C/svg%3E', image);
    expect(svg.message).toContain('image/svg+xml is not an accepted image type');
  });
});

describe('resolveMedia: refusals', () => {
  it('a GIF image names the type and what is allowed, without the bytes', async () => {
    const error = await failure(GIF, image);
    expect(error.message).toBe(
      'image <8 bytes>: image/gif is not an accepted image type; allowed: image/jpeg, image/png, image/webp.',
    );
    expect(error.allowed).toEqual(['image/jpeg', 'image/png', 'image/webp']);
    expect(error.value).toBe('<8 bytes>');
  });

  it('an image where a video belongs is refused', async () => {
    const error = await failure(PNG, video);
    expect(error.message).toContain(
      'image/png is not an accepted video type; allowed: video/mp4, video/quicktime, video/webm',
    );
  });

  it('unrecognisable bytes are refused', async () => {
    const error = await failure(new Uint8Array([1, 2, 3]), { ...image, field: 'images[2]' });
    expect(error.field).toBe('images[2]');
    expect(error.message).toContain('the image type could not be recognised');
    const heic = await failure(ftyp('heic'), video);
    expect(heic.message).toContain('image/heic is not an accepted video type');
  });

  it('over maxBytes is refused with the limit; empty media too; data URIs before decoding', async () => {
    const big = new Uint8Array(1001);
    big.set(PNG);
    const error = await failure(big, image);
    expect(error.message).toBe(
      'image <1001 bytes>: 1001 bytes is too large; allowed: at most 1000 bytes (0.0 MiB).',
    );
    expect((await failure(new Blob([big]), image)).message).toContain('1001 bytes is too large');
    const uri = `data:image/png;base64,${encodeBase64(big)}`;
    const uriError = await failure(uri, image);
    expect(uriError.message).toContain('data:image/png;base64,… (1001 bytes)');
    expect(uriError.message).not.toContain(encodeBase64(big).slice(0, 40));
    expect(JSON.stringify(uriError)).not.toContain(encodeBase64(big).slice(0, 40));
    expect((await failure(new Uint8Array(0), image)).message).toContain('the media is empty');
  });

  it('malformed data URIs are refused', async () => {
    expect((await failure('data:image/png;base64', image)).message).toContain('has no comma');
    expect((await failure('data:image/png;base64,@@@@', image)).message).toContain('not valid');
  });
});

describe('resolveMedia: files', () => {
  it('{ path } without a reader is UnsupportedError naming the Node entry points', async () => {
    const error = await resolveMedia({ path: 'cat.png' }, image).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedError);
    expect((error as Error).message).toContain('@grok-imagine/sdk/node');
    expect((error as Error).message).toContain('@grok-imagine/core/node');
  });

  it('reads through the reader, passing the size limit, and sniffs a missing type', async () => {
    const calls: unknown[] = [];
    const readFile: MediaFileReader = async (path, options) => {
      calls.push([path, options]);
      return { bytes: PNG };
    };
    await expect(resolveMedia({ path: 'cat.png' }, { ...image, readFile })).resolves.toEqual({
      kind: 'bytes',
      bytes: PNG,
      mimeType: 'image/png',
    });
    expect(calls).toEqual([['cat.png', { maxBytes: 1000 }]]);
  });

  it('reader failures become a ValidationError on the request field', async () => {
    const readFile: MediaFileReader = async () => {
      throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
    };
    const error = await failure({ path: 'missing.png' }, { ...image, field: 'images[0]', readFile });
    expect(error.field).toBe('images[0]');
    expect(error.message).toBe('images[0]: could not read file "missing.png": ENOENT');
    const inner = new ValidationError('bad file', { field: 'path' });
    const wrapped = await failure(
      { path: 'x.png' },
      { ...image, readFile: async () => Promise.reject(inner) },
    );
    expect(wrapped.message).toBe('image: could not read file "x.png": bad file');
  });
});
