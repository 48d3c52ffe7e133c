import type { PollHint } from '@grok-imagine/core';

/**
 * How to poll Pixazo: its documents advise every 5–10 s, so the backoff starts at 5 s; around a
 * job's likely end the client reads every second. Durations are estimates (*inferred*: the same
 * xAI models behind a queue), corrected by the client from the jobs it sees end.
 */
export const PIXAZO_POLL_HINT: PollHint = Object.freeze({
  initialIntervalMs: 5_000,
  maxIntervalMs: 10_000,
  expected: {
    image: { baseMs: 6_000, perImageMs: 2_000 },
    video: {
      baseMs: 25_000,
      perSecondMs: 4_000,
      resolutionFactor: { '480p': 0.8, '720p': 1, '1080p': 1.5 },
    },
    spread: 0.5,
  },
});
