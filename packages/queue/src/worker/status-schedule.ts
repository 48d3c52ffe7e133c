import { type GenerationRequest, isImageRequestType, type Job } from '@grok-imagine/core';

/** When the status stage reads a running job: first from the expected completion time, then backing off. */
export interface StatusSchedule {
  /** First read after the job was accepted (default: images 5 s; videos 30 s plus 5 s per second of video). */
  firstCheckMs?: (request: GenerationRequest) => number;
  /** Shortest wait between later reads (default 5 s). */
  minIntervalMs?: number;
  /** Longest wait between later reads (default 30 s). */
  maxIntervalMs?: number;
}

function defaultFirstCheck(request: GenerationRequest): number {
  if (isImageRequestType(request.type)) return 5_000;
  const seconds = 'duration' in request && typeof request.duration === 'number' ? request.duration : 6;
  return 30_000 + seconds * 5_000;
}

/** Delay of the first status read of a job just accepted. */
export function firstCheckDelay(schedule: StatusSchedule, request: GenerationRequest): number {
  return Math.max(0, (schedule.firstCheckMs ?? defaultFirstCheck)(request));
}

/**
 * Delay of the next read of a job still pending after `checks` reads. Where the provider reports
 * progress, the time left is extrapolated from the time spent (so a job at 90 % is read again soon);
 * otherwise the wait grows ×1.5 per read. Always within [minIntervalMs, maxIntervalMs].
 */
export function nextCheckDelay(schedule: StatusSchedule, job: Job, checks: number, now: number): number {
  const min = schedule.minIntervalMs ?? 5_000;
  const max = Math.max(min, schedule.maxIntervalMs ?? 30_000);
  const elapsed = now - Date.parse(job.createdAt);
  const progress = job.progress;
  const estimate =
    progress !== undefined && progress > 0 && progress < 100 && Number.isFinite(elapsed)
      ? (elapsed * (100 - progress)) / progress
      : min * 1.5 ** checks;
  return Math.round(Math.min(max, Math.max(min, estimate)));
}
