import { type Rgb, shade } from '../color.ts';
import type { StreamLayout } from './stream-layout.ts';
import { type Ycbcr, rgbToYcbcr } from './ycbcr.ts';

/** Bytes of one I_PCM macroblock: 16×16 luma, then 8×8 Cb and 8×8 Cr samples. */
export const PCM_MACROBLOCK_BYTES = 384;

const BAR: Ycbcr = rgbToYcbcr([245, 245, 245]);
/** Luma rows of a bar macroblock that show the bar (chroma rows are half these). */
const BAR_ROWS = { from: 2, to: 14 } as const;

/**
 * What the clip shows: the job's tint as a horizontal gradient (like the PNG), and a light progress
 * bar near the bottom that fills from left to right over the clip's length.
 */
export class TestCard {
  /** The macroblock row that holds the progress bar: the second-to-last one fully on screen. */
  readonly barRow: number;
  readonly #layout: StreamLayout;
  readonly #columns: Ycbcr[];

  constructor(layout: StreamLayout, color: Rgb) {
    this.#layout = layout;
    this.barRow = Math.max(0, Math.floor(layout.height / 16) - 2);
    const last = Math.max(1, layout.width - 1);
    // One colour per pixel column; columns in the cropped margin repeat the last visible one.
    this.#columns = Array.from({ length: layout.widthInMbs * 16 }, (_, x) =>
      rgbToYcbcr(shade(color, Math.min(x, last) / last)),
    );
  }

  /** The samples of a macroblock in column `mbX` (every row looks alike) as I_PCM carries them, with or without its bit of bar. */
  pcmMacroblock(mbX: number, withBar: boolean): Uint8Array {
    const samples = new Uint8Array(PCM_MACROBLOCK_BYTES);
    for (let row = 0; row < 16; row++) {
      const onBar = withBar && row >= BAR_ROWS.from && row < BAR_ROWS.to;
      for (let col = 0; col < 16; col++) {
        samples[row * 16 + col] = onBar ? BAR[0] : this.#columns[mbX * 16 + col]![0];
      }
    }
    for (let row = 0; row < 8; row++) {
      const onBar = withBar && row >= BAR_ROWS.from / 2 && row < BAR_ROWS.to / 2;
      for (let col = 0; col < 8; col++) {
        // 4:2:0 chroma: one sample for each 2×2 block of pixels, taken at its left column.
        const column = this.#columns[mbX * 16 + col * 2]!;
        samples[256 + row * 8 + col] = onBar ? BAR[1] : column[1];
        samples[320 + row * 8 + col] = onBar ? BAR[2] : column[2];
      }
    }
    return samples;
  }

  /** How many bar macroblocks are lit once frame `index` (0-based) of `frames` is shown. */
  barFilledAt(index: number, frames: number): number {
    if (frames <= 1) return 0;
    return Math.round((this.#layout.widthInMbs * index) / (frames - 1));
  }
}
