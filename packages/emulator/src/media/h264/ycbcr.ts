import type { Rgb } from '../color.ts';

/** A limited-range YCbCr sample triple: Y in 16–235, Cb and Cr in 16–240. */
export type Ycbcr = readonly [number, number, number];

const clamp = (value: number, low: number, high: number): number =>
  Math.min(high, Math.max(low, Math.round(value)));

/** Converts an RGB colour with the BT.601 matrix, the one the SPS declares (parameter-sets.ts). */
export function rgbToYcbcr([r, g, b]: Rgb): Ycbcr {
  return [
    clamp(16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255, 16, 235),
    clamp(128 + (-37.797 * r - 74.203 * g + 112 * b) / 255, 16, 240),
    clamp(128 + (112 * r - 93.786 * g - 18.214 * b) / 255, 16, 240),
  ];
}
