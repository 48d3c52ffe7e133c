import type { PollOptions } from '../client/client-types.ts';
import type { PollHint } from '../provider/provider-adapter.ts';
import type { CompletionWindow } from './completion-estimate.ts';

/** First wait between status reads when neither the caller nor the provider says (ms). */
export const DEFAULT_POLL_INITIAL_MS = 2_000;
/** Longest wait between status reads when neither the caller nor the provider says (ms). */
export const DEFAULT_POLL_MAX_MS = 15_000;
/** Growth of the wait per read. */
export const DEFAULT_POLL_FACTOR = 1.5;
/** Random spread of each wait, ± this fraction. */
export const DEFAULT_POLL_JITTER = 0.2;

/** A poll cadence with every value decided. */
export interface ResolvedPollOptions {
  /** First wait between status reads (ms). */
  initialIntervalMs: number;
  /** Longest wait between status reads (ms); never below `initialIntervalMs`. */
  maxIntervalMs: number;
  /** Growth of the wait per read, at least 1. */
  factor: number;
  /** Random spread of each wait, 0–1 (± this fraction). */
  jitter: number;
}

/** Fills poll options from the caller's values, then the provider's hint, then core's defaults. */
export function resolvePollOptions(options: PollOptions = {}, hint?: PollHint): ResolvedPollOptions {
  const initialIntervalMs = Math.max(
    0,
    options.initialIntervalMs ?? hint?.initialIntervalMs ?? DEFAULT_POLL_INITIAL_MS,
  );
  const maxIntervalMs = Math.max(
    initialIntervalMs,
    options.maxIntervalMs ?? hint?.maxIntervalMs ?? DEFAULT_POLL_MAX_MS,
  );
  return {
    initialIntervalMs,
    maxIntervalMs,
    factor: Math.max(1, options.factor ?? DEFAULT_POLL_FACTOR),
    jitter: Math.min(1, Math.max(0, options.jitter ?? DEFAULT_POLL_JITTER)),
  };
}

/**
 * The wait before read number `attempt` (0 = the first wait): `initial × factor^attempt`, capped at
 * `max`, then spread by ± `jitter` with `random()` (0–1) so many clients do not poll in step.
 * The result never exceeds `max`.
 */
export function pollDelay(attempt: number, options: ResolvedPollOptions, random: () => number): number {
  const base = Math.min(options.maxIntervalMs, options.initialIntervalMs * options.factor ** attempt);
  const spread = 1 + options.jitter * (2 * random() - 1);
  return Math.round(Math.min(options.maxIntervalMs, Math.max(0, base * spread)));
}

/** Wait between reads around a job's likely end (ms): the lag between "done" and noticing it. */
export const DEFAULT_NEAR_INTERVAL_MS = 1_000;
/** Past the likely end, each ms of lateness adds this much to the wait (a late job is read less often). */
const LATE_GROWTH = 0.25;

/** What the expected-duration schedule needs besides the window. */
export interface WindowScheduleOptions {
  /** Wait between reads inside the window. */
  nearIntervalMs: number;
  /** Longest wait between reads anywhere. */
  maxIntervalMs: number;
}

/**
 * The wait before the next read of a job whose likely end is `window`: before the window, until one
 * near interval into it (at most `maxIntervalMs`, at least `nearIntervalMs`: a read at its very
 * start would almost never find the job done, and reads of a job are a near interval apart anyway);
 * inside it, `nearIntervalMs`; after it, `nearIntervalMs` growing by a quarter of the lateness,
 * capped at `maxIntervalMs`.
 */
export function windowDelay(now: number, window: CompletionWindow, options: WindowScheduleOptions): number {
  const { nearIntervalMs: near, maxIntervalMs: max } = options;
  const clamp = (ms: number) => Math.max(near, Math.min(Math.max(max, near), ms));
  if (now < window.startAt) return clamp(window.startAt - now + near);
  if (now <= window.endAt) return near;
  return clamp(near + (now - window.endAt) * LATE_GROWTH);
}
