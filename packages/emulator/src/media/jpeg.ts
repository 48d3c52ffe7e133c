import { type Rgb, shade } from './color.ts';
import { canonicalCodes, JpegBitWriter } from './jpeg-bits.ts';

// The standard luminance DC table (ITU T.81 Annex K.3): categories 0–11.
const DC_COUNTS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_SYMBOLS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
// Every block is flat, so the AC table only ever needs "end of block": one 1-bit code.
const AC_COUNTS = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const AC_SYMBOLS = [0x00];
const DC_CODES = canonicalCodes(DC_COUNTS, DC_SYMBOLS);
const EOB = canonicalCodes(AC_COUNTS, AC_SYMBOLS).get(0x00)!;

function segment(marker: number, payload: number[] | Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, Buffer.from(payload)]);
}

function toYCbCr([r, g, b]: Rgb): [number, number, number] {
  const y = 0.299 * r + 0.587 * g + 0.114 * b;
  return [y, 128 - 0.168736 * r - 0.331264 * g + 0.5 * b, 128 + 0.5 * r - 0.418688 * g - 0.081312 * b];
}

function writeDc(writer: JpegBitWriter, diff: number): void {
  const magnitude = Math.abs(diff);
  const category = magnitude === 0 ? 0 : Math.floor(Math.log2(magnitude)) + 1;
  const code = DC_CODES.get(category)!;
  writer.write(code.code, code.length);
  // Negative values are sent as (diff - 1) in `category` bits (one's complement form).
  if (category > 0) writer.write(diff < 0 ? diff + (1 << category) - 1 : diff, category);
}

/**
 * Encodes a real baseline JPEG (YCbCr, 4:4:4, quantisation 1): a horizontal gradient of `color`,
 * one flat colour per 8×8 block, so only DC coefficients carry data.
 */
export function encodeJpeg(width: number, height: number, color: Rgb): Buffer {
  const blocksWide = Math.ceil(width / 8);
  const blocksHigh = Math.ceil(height / 8);
  const writer = new JpegBitWriter();
  const predictors = [0, 0, 0];
  for (let by = 0; by < blocksHigh; by++) {
    for (let bx = 0; bx < blocksWide; bx++) {
      const ycc = toYCbCr(shade(color, bx / Math.max(1, blocksWide - 1)));
      for (let c = 0; c < 3; c++) {
        // A flat block of value v has DC = 8 × (v − 128) after the level shift.
        const dc = Math.round(8 * (Math.min(255, Math.max(0, ycc[c]!)) - 128));
        writeDc(writer, dc - predictors[c]!);
        predictors[c] = dc;
        writer.write(EOB.code, EOB.length);
      }
    }
  }
  const frame = [
    8,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    3,
    1,
    0x11,
    0,
    2,
    0x11,
    0,
    3,
    0x11,
    0,
  ];
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    segment(0xdb, [0, ...new Array<number>(64).fill(1)]),
    segment(0xc0, frame),
    segment(0xc4, [0x00, ...DC_COUNTS, ...DC_SYMBOLS, 0x10, ...AC_COUNTS, ...AC_SYMBOLS]),
    segment(0xda, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]),
    writer.finish(),
    Buffer.from([0xff, 0xd9]),
  ]);
}
