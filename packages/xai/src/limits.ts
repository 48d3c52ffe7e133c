import type { RateLimitRule } from '@grok-imagine/core';

/**
 * xAI's documented request rates, the defaults for core's limiter: image models 5 requests per
 * second, video models 1 per second, and 60 requests per minute per key overall. Replace them with
 * `XaiConfig.limits` (or turn limiting off with `false`).
 */
export const XAI_DEFAULT_LIMITS: readonly RateLimitRule[] = Object.freeze([
  { key: 'image', limit: 5, intervalMs: 1_000 },
  { key: 'video', limit: 1, intervalMs: 1_000 },
  { key: '*', limit: 60, intervalMs: 60_000 },
]);
