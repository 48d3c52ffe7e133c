import { tintColor } from './color.ts';
import { DEFAULT_FPS, encodeMp4 } from './mp4.ts';

/** Enough for the videos of a busy test run; a 1080p clip is about 100 kB. */
const CAPACITY = 32;
const cache = new Map<string, Buffer>();

/** What identifies a rendered video. */
export interface VideoKey {
  width: number;
  height: number;
  seconds: number;
  /** The job's tint (tintColor). */
  tint: number;
  fps?: number;
}

/**
 * The MP4 for a video, encoded once and then reused: the media server answers the same URL many
 * times (retries, HEAD, range-less re-downloads) and tests fetch many videos of the same shape.
 * Least recently used entries go first.
 */
export function cachedMp4(key: VideoKey): Buffer {
  const fps = key.fps ?? DEFAULT_FPS;
  const id = `${key.width}x${key.height}:${key.seconds}s@${fps}:${key.tint}`;
  const hit = cache.get(id);
  if (hit) {
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  const bytes = encodeMp4({ ...key, fps, color: tintColor(key.tint) });
  cache.set(id, bytes);
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value!);
  return bytes;
}
