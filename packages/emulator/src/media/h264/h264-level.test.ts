import { describe, expect, it } from 'vitest';
import { pickLevel } from './h264-level.ts';

describe('pickLevel', () => {
  it.each([
    ['64×64', 4, 4, 10],
    ['854×480', 54, 30, 30],
    ['1280×720', 80, 45, 31],
    ['960×1280', 60, 80, 32],
    ['1920×1080', 120, 68, 40],
    ['1080×1920', 68, 120, 40],
    ['2340×1080', 147, 68, 50],
  ])('picks the lowest level that holds %s at 24 fps', (_, widthInMbs, heightInMbs, level) => {
    expect(pickLevel(widthInMbs, heightInMbs, 24)).toBe(level);
  });

  it('moves up a level when the macroblock rate, not the frame size, is the limit', () => {
    expect(pickLevel(80, 45, 60)).toBe(32); // 216 000 macroblocks per second
  });

  it('refuses levels whose frame shape is too narrow for the stream', () => {
    expect(pickLevel(100, 4, 1)).toBe(22); // 400 MBs fit level 2.1, but √(8 × 792) ≈ 80 < 100 across
  });
});
