import type { Rgb } from './color.ts';
import { type H264Clip, encodeH264Clip } from './h264/encode-clip.ts';
import { NAL_LENGTH_BYTES, avcSampleEntry } from './mp4/avc-sample-entry.ts';
import { IDENTITY_MATRIX, box, fullBox, u32 } from './mp4/iso-box.ts';
import { sampleTable } from './mp4/sample-table.ts';

/** What the video shows and how long it lasts. */
export interface Mp4Info {
  width: number;
  height: number;
  /** Whole or fractional seconds; the clip has `round(seconds × fps)` frames (at least one). */
  seconds: number;
  /** The tint of the test card. */
  color: Rgb;
  /** Frames per second (default {@link DEFAULT_FPS}). */
  fps?: number;
}

/** The emulator's frame rate, a common one for generated clips. */
export const DEFAULT_FPS = 24;
const MOVIE_TIMESCALE = 1000;
/** Media ticks per frame: the media timescale is `fps × 1000`, so every frame lasts exactly 1000. */
const FRAME_TICKS = 1000;

function trackBox(clip: H264Clip, info: Mp4Info, movieDuration: number, chunkOffset: number): Buffer {
  const fps = clip.layout.fps;
  const tkhd = fullBox(
    'tkhd',
    3, // enabled, in movie
    u32(0, 0, 1, 0, movieDuration, 0, 0), // times, track_ID 1, duration
    Buffer.alloc(8), // layer, alternate_group, volume 0 (video), reserved
    u32(...IDENTITY_MATRIX),
    u32(info.width * 0x10000, info.height * 0x10000),
  );
  const mediaDuration = clip.frames.length * FRAME_TICKS;
  // language "und", packed as three 5-bit letters.
  const mdhd = fullBox(
    'mdhd',
    0,
    u32(0, 0, fps * FRAME_TICKS, mediaDuration),
    Buffer.from([0x55, 0xc4, 0, 0]),
  );
  const hdlr = fullBox(
    'hdlr',
    0,
    u32(0),
    Buffer.from('vide', 'latin1'),
    Buffer.alloc(12),
    Buffer.from('VideoHandler\0'),
  );
  const dinf = box('dinf', fullBox('dref', 0, u32(1), fullBox('url ', 1))); // flag 1: data in this file
  const stbl = sampleTable(avcSampleEntry(clip, info.width, info.height), {
    sizes: clip.frames.map((frame) => frame.length + NAL_LENGTH_BYTES),
    delta: FRAME_TICKS,
    chunkOffset,
  });
  const minf = box('minf', fullBox('vmhd', 1, Buffer.alloc(8)), dinf, stbl);
  return box('trak', tkhd, box('mdia', mdhd, hdlr, minf));
}

function movieBox(clip: H264Clip, info: Mp4Info, chunkOffset: number): Buffer {
  const duration = Math.round((clip.frames.length * MOVIE_TIMESCALE) / clip.layout.fps);
  const mvhd = fullBox(
    'mvhd',
    0,
    u32(0, 0, MOVIE_TIMESCALE, duration, 0x00010000), // times, timescale, duration, rate 1.0
    Buffer.from([0x01, 0x00, 0, 0]), // volume 1.0, reserved
    Buffer.alloc(8),
    u32(...IDENTITY_MATRIX),
    Buffer.alloc(24), // pre_defined
    u32(2), // next_track_ID
  );
  return box('moov', mvhd, trackBox(clip, info, duration, chunkOffset));
}

/**
 * Encodes a playable MP4: `ftyp`, `moov` (before the data, so a browser can start playing while
 * downloading), then `mdat` with the H.264 frames, each prefixed by its 4-byte length.
 */
export function encodeMp4(info: Mp4Info): Buffer {
  const fps = info.fps ?? DEFAULT_FPS;
  const clip = encodeH264Clip({
    width: info.width,
    height: info.height,
    fps,
    frames: Math.max(1, Math.round(info.seconds * fps)),
    color: info.color,
  });
  const ftyp = box(
    'ftyp',
    Buffer.from('isom', 'latin1'),
    u32(0x200),
    Buffer.from('isomiso2avc1mp41', 'latin1'),
  );
  // The moov's size does not depend on the offset it records, so measure it once, then write it for real.
  const moovSize = movieBox(clip, info, 0).length;
  const moov = movieBox(clip, info, ftyp.length + moovSize + 8);
  const samples = clip.frames.flatMap((frame) => [u32(frame.length), frame]);
  return Buffer.concat([ftyp, moov, box('mdat', ...samples)]);
}
