import type { Rgb } from '../color.ts';
import { writeIdrPicture } from './idr-picture.ts';
import { writePPicture } from './p-picture.ts';
import { writePps, writeSps } from './parameter-sets.ts';
import { type StreamLayout, layoutStream } from './stream-layout.ts';
import { TestCard } from './test-card.ts';

/** What to encode. */
export interface ClipRequest {
  width: number;
  height: number;
  fps: number;
  /** Number of frames (at least one). */
  frames: number;
  color: Rgb;
}

/** An encoded H.264 stream, split the way an MP4 stores it. */
export interface H264Clip {
  layout: StreamLayout;
  /** The SPS and PPS NAL units (without start codes), for the `avcC` box. */
  sps: Uint8Array;
  pps: Uint8Array;
  /** One NAL unit per frame (an IDR slice, then P slices), in decoding order. */
  frames: Uint8Array[];
}

/**
 * Encodes a Constrained Baseline H.264 clip: one IDR picture showing the test card, then P pictures
 * that only fill in the progress bar. Pure TypeScript, no external encoder.
 */
export function encodeH264Clip(request: ClipRequest): H264Clip {
  const layout = layoutStream(request.width, request.height, request.fps);
  const card = new TestCard(layout, request.color);
  const count = Math.max(1, Math.floor(request.frames));
  const frames = [writeIdrPicture(layout, card)];
  for (let index = 1; index < count; index++) {
    const from = card.barFilledAt(index - 1, count);
    const to = card.barFilledAt(index, count);
    frames.push(writePPicture(layout, card, index, from, to));
  }
  return { layout, sps: writeSps(layout), pps: writePps(), frames };
}
