import type { Random } from './random.ts';

/** How long things take, in milliseconds of the emulator's clock. */
export interface EmulatorTimings {
  /** From submission to a finished image job (Pixazo; xAI and Vydra images are synchronous). */
  imageMs: number;
  /** From submission to a finished video job. */
  videoMs: number;
  /** How long a finished job's media URLs live (xAI also reports the job `expired` after this). */
  expireAfterMs: number;
}

const BASE_IMAGE_MS = 1000;
const BASE_VIDEO_MS = 3000;
const DEFAULT_EXPIRE_AFTER_MS = 10 * 60 * 1000;
/** The share of a job's time spent queued before it starts processing. */
const QUEUED_SHARE = 0.2;

/**
 * Resolves the timings: `speed` divides the processing times (speed 10 = ten times faster);
 * explicit overrides win. The media TTL is not scaled, so demos do not lose their files.
 */
export function resolveTimings(speed = 1, overrides: Partial<EmulatorTimings> = {}): EmulatorTimings {
  const factor = speed > 0 ? speed : 1;
  return {
    imageMs: overrides.imageMs ?? BASE_IMAGE_MS / factor,
    videoMs: overrides.videoMs ?? BASE_VIDEO_MS / factor,
    expireAfterMs: overrides.expireAfterMs ?? DEFAULT_EXPIRE_AFTER_MS,
  };
}

/** When a new job leaves the queue and when it finishes, with ±25 % seeded jitter. */
export function planTimeline(
  durationMs: number,
  now: number,
  random: Random,
): { startedAt: number; readyAt: number } {
  const total = Math.round(durationMs * (0.75 + random.next() * 0.5));
  return { startedAt: now + Math.round(total * QUEUED_SHARE), readyAt: now + total };
}
