/** Short side, in pixels, of an emulated image: small on purpose, but with the requested shape. */
export const IMAGE_SHORT_SIDE = { '1k': 64, '2k': 128 } as const;

/** Short side of an emulated video, by resolution name (written into the MP4 header only). */
export const VIDEO_SHORT_SIDE = { '480p': 480, '720p': 720, '1080p': 1080 } as const;

/** Width and height of a frame. */
export interface FrameSize {
  width: number;
  height: number;
}

/** Parses `"19.5:9"` into `[19.5, 9]`; `auto` or anything unparseable is square. */
export function parseAspectRatio(aspect: string | undefined): [number, number] {
  const match = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(aspect ?? '');
  if (!match) return [1, 1];
  const w = Number(match[1]);
  const h = Number(match[2]);
  return w > 0 && h > 0 ? [w, h] : [1, 1];
}

/** The frame size for an aspect ratio with the given short side; the long side is rounded to even. */
export function frameSize(aspect: string | undefined, shortSide: number): FrameSize {
  const [w, h] = parseAspectRatio(aspect);
  if (w === h) return { width: shortSide, height: shortSide };
  const long = Math.round((shortSide * Math.max(w, h)) / Math.min(w, h) / 2) * 2;
  return w > h ? { width: long, height: shortSide } : { width: shortSide, height: long };
}
