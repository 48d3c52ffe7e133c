import { pickLevel } from './h264-level.ts';

/** The shape of one coded stream: display size, the macroblock grid that covers it, rate and level. */
export interface StreamLayout {
  /** Display width and height, in pixels (even: 4:2:0 chroma crops in steps of two). */
  width: number;
  height: number;
  /** The coded grid, in 16×16 macroblocks; the excess right and bottom is cropped away in the SPS. */
  widthInMbs: number;
  heightInMbs: number;
  fps: number;
  /** `level_idc`. */
  level: number;
  /** `log2_max_frame_num`: frame_num wraps at this power of two. */
  log2MaxFrameNum: number;
}

/** Lays out a stream; odd sizes are rounded up to even, since 4:2:0 cannot crop a single pixel. */
export function layoutStream(width: number, height: number, fps: number): StreamLayout {
  const evenWidth = Math.max(2, Math.ceil(width / 2) * 2);
  const evenHeight = Math.max(2, Math.ceil(height / 2) * 2);
  const widthInMbs = Math.ceil(evenWidth / 16);
  const heightInMbs = Math.ceil(evenHeight / 16);
  return {
    width: evenWidth,
    height: evenHeight,
    widthInMbs,
    heightInMbs,
    fps,
    level: pickLevel(widthInMbs, heightInMbs, fps),
    log2MaxFrameNum: 8,
  };
}
