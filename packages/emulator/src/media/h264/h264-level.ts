/** A level's limits that matter for a tiny stream (Table A-1 of the standard). */
interface LevelLimits {
  /** `level_idc`: ten times the level number. */
  idc: number;
  /** Macroblocks per second. */
  maxMbps: number;
  /** Macroblocks per frame. */
  maxFs: number;
}

const LEVELS: readonly LevelLimits[] = [
  { idc: 10, maxMbps: 1_485, maxFs: 99 },
  { idc: 11, maxMbps: 3_000, maxFs: 396 },
  { idc: 12, maxMbps: 6_000, maxFs: 396 },
  { idc: 13, maxMbps: 11_880, maxFs: 396 },
  { idc: 20, maxMbps: 11_880, maxFs: 396 },
  { idc: 21, maxMbps: 19_800, maxFs: 792 },
  { idc: 22, maxMbps: 20_250, maxFs: 1_620 },
  { idc: 30, maxMbps: 40_500, maxFs: 1_620 },
  { idc: 31, maxMbps: 108_000, maxFs: 3_600 },
  { idc: 32, maxMbps: 216_000, maxFs: 5_120 },
  { idc: 40, maxMbps: 245_760, maxFs: 8_192 },
  { idc: 42, maxMbps: 522_240, maxFs: 8_704 },
  { idc: 50, maxMbps: 589_824, maxFs: 22_080 },
  { idc: 51, maxMbps: 983_040, maxFs: 36_864 },
  { idc: 52, maxMbps: 2_073_600, maxFs: 36_864 },
  { idc: 60, maxMbps: 4_177_920, maxFs: 139_264 },
  { idc: 62, maxMbps: 16_711_680, maxFs: 139_264 },
];

/**
 * The lowest level whose frame size, macroblock rate and frame shape (neither side longer than
 * √(8 × MaxFS) macroblocks) fit the stream. The bit rate is never the limit: the clips are tiny.
 * A frame beyond every level gets the highest one; decoders in practice still play it.
 */
export function pickLevel(widthInMbs: number, heightInMbs: number, fps: number): number {
  const frameMbs = widthInMbs * heightInMbs;
  const fits = (level: LevelLimits): boolean =>
    level.maxFs >= frameMbs &&
    level.maxMbps >= frameMbs * fps &&
    Math.max(widthInMbs, heightInMbs) ** 2 <= 8 * level.maxFs;
  return (LEVELS.find(fits) ?? LEVELS[LEVELS.length - 1]!).idc;
}
