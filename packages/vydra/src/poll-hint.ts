import type { PollHint } from '@grok-imagine/core';

/**
 * How to poll Vydra: status reads count against the plan's per-minute limit (10 on the Free plan),
 * so the backoff starts at 6 s and the client spaces reads of many jobs within that budget. Video
 * durations are estimates (*inferred*), corrected by the client from the jobs it sees end. Images
 * come back with the answer.
 */
export const VYDRA_POLL_HINT: PollHint = Object.freeze({
  initialIntervalMs: 6_000,
  maxIntervalMs: 30_000,
  expected: {
    video: {
      baseMs: 25_000,
      perSecondMs: 4_000,
      resolutionFactor: { '480p': 0.8, '720p': 1, '1080p': 1.5 },
    },
    spread: 0.5,
  },
});
