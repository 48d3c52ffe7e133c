/** An RGB colour, each channel 0–255. */
export type Rgb = readonly [number, number, number];

/** A pleasant, saturated colour picked from a number (so each job gets its own tint). */
export function tintColor(seed: number): Rgb {
  const hue = (Math.abs(seed) % 360) / 60;
  const x = Math.round(255 * (1 - Math.abs((hue % 2) - 1)));
  const sector = Math.floor(hue);
  const table: Rgb[] = [
    [255, x, 64],
    [x, 255, 64],
    [64, 255, x],
    [64, x, 255],
    [x, 64, 255],
    [255, 64, x],
  ];
  return table[sector] ?? [255, 64, 64];
}

/** The tint darkened towards black by `t` in [0, 1]: a simple horizontal gradient. */
export function shade(color: Rgb, t: number): Rgb {
  const k = 1 - 0.7 * t;
  return [Math.round(color[0] * k), Math.round(color[1] * k), Math.round(color[2] * k)];
}
