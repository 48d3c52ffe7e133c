import { describe, expect, it } from 'vitest';
import { BitReader, readSliceStart, readSps, unescapeRbsp } from '../testing/h264-reader.ts';
import { findBox, fullBoxWords, readBoxes, splitNalUnits } from '../testing/mp4-reader.ts';
import { encodeMp4 } from './mp4.ts';

const ORANGE = [255, 128, 64] as const;

/** Everything a test wants out of one file. */
function parse(mp4: Buffer) {
  const top = readBoxes(mp4);
  const stbl = 'moov/trak/mdia/minf/stbl';
  const avc1 = findBox(top, `${stbl}/stsd/avc1`);
  const avcC = findBox(avc1.children, 'avcC').body;
  const spsLength = avcC.readUInt16BE(6);
  const sps = avcC.subarray(8, 8 + spsLength);
  const pps = avcC.subarray(11 + spsLength, 11 + spsLength + avcC.readUInt16BE(9 + spsLength));
  const sizes = fullBoxWords(findBox(top, `${stbl}/stsz`)).slice(2);
  const [, chunkOffset] = fullBoxWords(findBox(top, `${stbl}/stco`));
  const samples: Buffer[] = [];
  let at = chunkOffset!;
  for (const size of sizes) {
    samples.push(mp4.subarray(at, at + size));
    at += size;
  }
  return { top, stbl, avc1, avcC, sps, pps, sizes, chunkOffset: chunkOffset!, samples };
}

describe('encodeMp4', () => {
  it('lays out ftyp, moov, mdat with the sample table pointing at the frames inside mdat', () => {
    const mp4 = encodeMp4({ width: 854, height: 480, seconds: 6, color: ORANGE });
    const { top, stbl, sizes, chunkOffset } = parse(mp4);
    expect(top.map((b) => b.type)).toEqual(['ftyp', 'moov', 'mdat']);
    expect(top[0]!.body.toString('latin1', 0, 4)).toBe('isom');
    const mdat = findBox(top, 'mdat');
    expect(chunkOffset).toBe(mdat.offset);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(mdat.body.length);
    expect(sizes).toHaveLength(144); // 24 fps × 6 s
    expect(fullBoxWords(findBox(top, `${stbl}/stts`))).toEqual([1, 144, 1000]);
    expect(fullBoxWords(findBox(top, `${stbl}/stss`))).toEqual([1, 1]);
    expect(fullBoxWords(findBox(top, `${stbl}/stsc`))).toEqual([1, 1, 144, 1]);
    const [, , timescale, duration] = fullBoxWords(findBox(top, 'moov/trak/mdia/mdhd'));
    expect([timescale, duration]).toEqual([24_000, 144_000]);
    const mvhd = fullBoxWords(findBox(top, 'moov/mvhd'));
    expect(mvhd[3]! / mvhd[2]!).toBe(6);
    expect(findBox(top, 'moov/trak/mdia/hdlr').body.toString('latin1', 8, 12)).toBe('vide');
  });

  it.each([
    [854, 480, 30],
    [1280, 720, 31],
    [1920, 1080, 40],
    [1080, 1920, 40],
    [720, 720, 31],
    [960, 720, 31],
    [720, 1080, 31],
  ])(
    'declares %i×%i in tkhd, avc1 and a Constrained Baseline SPS (level %i), cropped to size',
    (width, height, level) => {
      const { top, avc1, avcC, sps, pps } = parse(encodeMp4({ width, height, seconds: 1, color: ORANGE }));
      const tkhd = fullBoxWords(findBox(top, 'moov/trak/tkhd'));
      expect([tkhd[18]! / 0x10000, tkhd[19]! / 0x10000]).toEqual([width, height]);
      expect([avc1.body.readUInt16BE(24), avc1.body.readUInt16BE(26)]).toEqual([width, height]);
      expect([...avcC.subarray(0, 6)]).toEqual([1, 66, 0xc0, level, 0xff, 0xe1]);
      expect([sps[0]! & 0x1f, pps[0]! & 0x1f, avcC[8 + sps.length]]).toEqual([7, 8, 1]);
      expect(readSps(sps)).toEqual({
        profileIdc: 66,
        constraintFlags: 0xc0, // constraint_set0 + constraint_set1: Constrained Baseline
        levelIdc: level,
        log2MaxFrameNum: 8,
        pocType: 2,
        maxNumRefFrames: 1,
        width,
        height,
        fps: 24,
      });
    },
  );

  it('starts with an IDR I slice; every later sample is one P slice, all on PPS 0 from macroblock 0', () => {
    const { samples } = parse(encodeMp4({ width: 1280, height: 720, seconds: 2, color: ORANGE }));
    const nals = samples.map((sample) => splitNalUnits(sample));
    expect(nals.every((units) => units.length === 1)).toBe(true);
    const [idr, ...rest] = nals.map((units) => units[0]!);
    expect([idr![0]! & 0x1f, idr![0]! >> 5]).toEqual([5, 3]); // IDR slice, nal_ref_idc 3
    expect(readSliceStart(idr!)).toEqual({ firstMb: 0, sliceType: 7, ppsId: 0 });
    for (const nal of rest) {
      expect([nal[0]! & 0x1f, nal[0]! >> 5]).toEqual([1, 2]);
      expect(readSliceStart(nal)).toEqual({ firstMb: 0, sliceType: 5, ppsId: 0 });
    }
  });

  it('paints the tint from the left edge: the first I_PCM luma sample is the colour’s BT.601 Y', () => {
    const { samples } = parse(encodeMp4({ width: 640, height: 480, seconds: 1, color: ORANGE }));
    const idr = splitNalUnits(samples[0]!)[0]!;
    const reader = new BitReader(unescapeRbsp(idr.subarray(1)));
    reader.ue(); // first_mb_in_slice
    reader.ue(); // slice_type
    reader.ue(); // pic_parameter_set_id
    reader.u(8); // frame_num
    reader.ue(); // idr_pic_id
    reader.u(2); // dec_ref_pic_marking
    expect([reader.se(), reader.ue()]).toEqual([0, 1]); // slice_qp_delta, deblocking off
    expect(reader.ue()).toBe(25); // mb_type I_PCM
    reader.align();
    const luma = reader.bytes(256);
    // Y = 16 + (65.481 × 255 + 128.553 × 128 + 24.966 × 64) / 255 = 152.3
    expect(luma[0]).toBe(152);
    // A horizontal gradient: darker to the right, every row alike.
    expect(luma[15]).toBeLessThan(152);
    const firstRow = [...luma.subarray(0, 16)];
    for (let row = 1; row < 16; row++) expect([...luma.subarray(row * 16, row * 16 + 16)]).toEqual(firstRow);
  });

  it('keeps a 6 s 720p clip small: one picture of samples, then P frames of a few bytes', () => {
    const { sizes } = parse(encodeMp4({ width: 1280, height: 720, seconds: 6, color: ORANGE }));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    expect(total).toBeLessThan(150_000);
    expect(Math.min(...sizes.slice(1))).toBeLessThan(16); // a frame where the bar does not move
  });

  it.each([
    [2.5, undefined, 60],
    [1, 30, 30],
    [0, undefined, 1],
  ])('has round(%s s × fps) frames (fps %s), at least one', (seconds, fps, frames) => {
    const mp4 = encodeMp4({ width: 64, height: 64, seconds, color: ORANGE, ...(fps ? { fps } : {}) });
    expect(parse(mp4).sizes).toHaveLength(frames);
  });
});
