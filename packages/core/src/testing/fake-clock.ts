import type { Clock } from '../clock/clock.ts';
import { AbortedError } from '../errors/aborted-error.ts';

/** A clock for tests: `sleep` advances `now` at once and records each wait. */
export interface FakeClock extends Clock {
  /** Every `sleep` duration, in order. */
  readonly sleeps: number[];
  /** Moves time forward without a sleep. */
  advance(ms: number): void;
}

/** Makes a `FakeClock` starting at `startMs` (default 2026-01-01T00:00:00Z). */
export function createFakeClock(startMs: number = Date.parse('2026-01-01T00:00:00Z')): FakeClock {
  let now = startMs;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw new AbortedError('Aborted.', { cause: signal.reason });
      sleeps.push(ms);
      now += ms;
    },
  };
}
