import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.ts';
import { frameSize } from './dimensions.ts';
import { encodeJpeg } from './jpeg.ts';
import { encodePng } from './png.ts';
import { encodeWebp } from './webp.ts';

const RED = [255, 64, 64] as const;

describe('frameSize', () => {
  it.each([
    ['1:1', 64, 64],
    ['16:9', 114, 64],
    ['9:16', 64, 114],
    ['19.5:9', 138, 64],
    ['auto', 64, 64],
  ])('%s at a 64 px short side is %i×%i', (aspect, width, height) => {
    expect(frameSize(aspect, 64)).toEqual({ width, height });
  });
});

describe('PNG', () => {
  it('has the signature, an IHDR with the size, a valid CRC and inflatable pixel rows', () => {
    const png = encodePng(114, 64, RED);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([114, 64]);
    expect(png.readUInt32BE(29)).toBe(crc32(png.subarray(12, 29)));
    const idatLength = png.readUInt32BE(33);
    expect(png.toString('latin1', 37, 41)).toBe('IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect(raw.length).toBe(64 * (1 + 114 * 3));
    expect([...raw.subarray(1, 4)]).toEqual([...RED]);
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });
});

describe('JPEG', () => {
  it('is a baseline JPEG whose SOF0 carries the size, ending with EOI', () => {
    const jpeg = encodeJpeg(139, 64, RED);
    expect([...jpeg.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    expect(sof).toBeGreaterThan(0);
    expect([jpeg.readUInt16BE(sof + 5), jpeg.readUInt16BE(sof + 7)]).toEqual([64, 139]);
    expect(jpeg[sof + 9]).toBe(3); // three components
    expect([...jpeg.subarray(-2)]).toEqual([0xff, 0xd9]);
  });
});

describe('WebP', () => {
  it('is a RIFF/WEBP/VP8L file whose header carries the size', () => {
    const webp = encodeWebp(114, 64, RED);
    expect(webp.toString('latin1', 0, 4)).toBe('RIFF');
    expect(webp.readUInt32LE(4)).toBe(webp.length - 8);
    expect(webp.toString('latin1', 8, 16)).toBe('WEBPVP8L');
    expect(webp[20]).toBe(0x2f);
    const bits = webp.readUInt32LE(21);
    expect([(bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1]).toEqual([114, 64]);
  });
});
