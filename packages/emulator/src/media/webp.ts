import type { Rgb } from './color.ts';

/** Writes bits least-significant first, as VP8L reads them. */
class LsbBitWriter {
  readonly bytes: number[] = [];
  #bits = 0;
  #count = 0;

  write(value: number, length: number): void {
    for (let i = 0; i < length; i++) {
      this.#bits |= ((value >>> i) & 1) << this.#count;
      if (++this.#count === 8) {
        this.bytes.push(this.#bits);
        this.#bits = 0;
        this.#count = 0;
      }
    }
  }

  finish(): number[] {
    if (this.#count > 0) this.bytes.push(this.#bits);
    return this.bytes;
  }
}

/** A VP8L "simple" prefix code with one 8-bit symbol: every pixel then costs zero bits. */
function writeSingleSymbolCode(writer: LsbBitWriter, symbol: number): void {
  writer.write(1, 1); // simple code
  writer.write(0, 1); // one symbol
  writer.write(1, 1); // the symbol takes 8 bits
  writer.write(symbol, 8);
}

/**
 * Encodes a real lossless WebP (RIFF + VP8L) of one solid colour. Every prefix code has a single
 * symbol, so the pixel data is empty and any size (up to 16384 a side) stays a few dozen bytes.
 */
export function encodeWebp(width: number, height: number, color: Rgb): Buffer {
  const writer = new LsbBitWriter();
  writer.write(0x2f, 8); // VP8L signature
  writer.write(width - 1, 14);
  writer.write(height - 1, 14);
  writer.write(0, 1); // alpha not used
  writer.write(0, 3); // version 0
  writer.write(0, 1); // no transform
  writer.write(0, 1); // no colour cache
  writer.write(0, 1); // no meta prefix codes
  for (const symbol of [color[1], color[0], color[2], 255, 0]) writeSingleSymbolCode(writer, symbol);
  const data = Buffer.from(writer.finish());
  const padded = data.length % 2 === 1 ? Buffer.concat([data, Buffer.from([0])]) : data;
  const header = Buffer.alloc(20);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(12 + padded.length, 4);
  header.write('WEBPVP8L', 8, 'latin1');
  header.writeUInt32LE(data.length, 16);
  return Buffer.concat([header, padded]);
}
