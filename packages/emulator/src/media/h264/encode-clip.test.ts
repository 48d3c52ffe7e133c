import { describe, expect, it } from 'vitest';
import { BitReader, unescapeRbsp } from '../../testing/h264-reader.ts';
import { encodeH264Clip } from './encode-clip.ts';

/** Reads a P slice of this encoder and returns the addresses of its coded (I_PCM) macroblocks. */
function codedMacroblocks(nal: Uint8Array, totalMbs: number): number[] {
  const reader = new BitReader(unescapeRbsp(nal.subarray(1)));
  expect([reader.ue(), reader.ue(), reader.ue()]).toEqual([0, 5, 0]); // first_mb, P, PPS 0
  reader.u(8); // frame_num
  expect([reader.u(1), reader.u(1), reader.u(1)]).toEqual([0, 0, 0]); // no override, list change or MMCO
  expect([reader.se(), reader.ue()]).toEqual([0, 1]); // slice_qp_delta, deblocking off
  const coded: number[] = [];
  for (let address = reader.ue(); address < totalMbs; address += 1 + reader.ue()) {
    expect(reader.ue()).toBe(30); // I_PCM in a P slice
    reader.align();
    reader.bytes(384);
    coded.push(address);
    if (address === totalMbs - 1) break;
  }
  expect(reader.u(1)).toBe(1); // rbsp_stop_one_bit
  expect(reader.remaining).toBeLessThan(8);
  return coded;
}

describe('encodeH264Clip', () => {
  it('fills the progress bar left to right: each bar macroblock is sent once, in order, on one row', () => {
    const clip = encodeH264Clip({ width: 160, height: 96, fps: 24, frames: 24, color: [255, 64, 64] });
    expect([clip.layout.widthInMbs, clip.layout.heightInMbs]).toEqual([10, 6]);
    const perFrame = clip.frames.slice(1).map((nal) => codedMacroblocks(nal, 60));
    const barRow = 6 - 2;
    expect(perFrame.flat()).toEqual(Array.from({ length: 10 }, (_, column) => barRow * 10 + column));
    expect(perFrame.filter((coded) => coded.length === 0).length).toBeGreaterThan(0); // pure skip frames
  });

  it('crops a size that is not a multiple of 16 and rounds an odd one up to even', () => {
    const clip = encodeH264Clip({ width: 855, height: 481, fps: 24, frames: 1, color: [0, 0, 0] });
    expect(clip.layout).toMatchObject({ width: 856, height: 482, widthInMbs: 54, heightInMbs: 31 });
    expect(clip.frames).toHaveLength(1);
  });
});
