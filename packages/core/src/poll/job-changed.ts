import type { Job } from '../job/job.ts';

/** True when `next` differs from `previous` in status, phase or progress (or there is no previous). */
export function jobChanged(previous: Job | undefined, next: Job): boolean {
  return (
    previous === undefined ||
    previous.status !== next.status ||
    previous.phase !== next.phase ||
    previous.progress !== next.progress
  );
}
