import type { PollHint } from '@grok-imagine/core';

/**
 * How to poll xAI's video jobs: a backoff from 2 s up to 10 s until a job's likely end, then reads
 * every second around it. The durations are estimates (*inferred*, not documented): a fixed part
 * plus a part per second of video, more for higher resolutions. The client corrects them from the
 * jobs it sees end, and xAI's reported `progress` sharpens each job's estimate. Images need no
 * polling (they come back with the answer).
 */
export const XAI_POLL_HINT: PollHint = Object.freeze({
  initialIntervalMs: 2_000,
  maxIntervalMs: 10_000,
  expected: {
    video: {
      baseMs: 20_000,
      perSecondMs: 4_000,
      resolutionFactor: { '480p': 0.8, '720p': 1, '1080p': 1.5 },
    },
    spread: 0.5,
  },
});
