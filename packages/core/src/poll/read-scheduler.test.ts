import { describe, expect, it } from 'vitest';
import type { Job } from '../job/job.ts';
import { CompletionEstimate } from './completion-estimate.ts';
import { DurationLearner } from './duration-learner.ts';
import { expectedDurationMs } from './expected-duration.ts';
import { windowDelay } from './poll-schedule.ts';
import { backoffScheduler, expectedEndScheduler } from './read-scheduler.ts';

const T0 = 1_000_000;

function pending(progress?: number): Job {
  return {
    id: 'xai:j',
    provider: 'xai',
    type: 'text-to-video',
    status: 'pending',
    progress,
    outputs: [],
    warnings: [],
    createdAt: new Date(T0).toISOString(),
    updatedAt: new Date(T0).toISOString(),
  };
}

describe('expected duration', () => {
  const hint = {
    image: { baseMs: 3000, perImageMs: 1000 },
    video: { baseMs: 20_000, perSecondMs: 4000, resolutionFactor: { '720p': 1.5 } },
    spread: 0.3,
  };

  it('comes from the request: type, n, duration and resolution', () => {
    expect(expectedDurationMs(hint, { type: 'text-to-image', n: 4 })).toBe(7000);
    expect(expectedDurationMs(hint, { type: 'image-edit' })).toBe(4000);
    expect(expectedDurationMs(hint, { type: 'text-to-video', duration: 5, resolution: '480p' })).toBe(40_000);
    expect(expectedDurationMs(hint, { type: 'image-to-video', duration: 5, resolution: '720p' })).toBe(
      60_000,
    );
    // An edit keeps its input's length: 6 s assumed.
    expect(expectedDurationMs(hint, { type: 'video-edit' })).toBe(44_000);
    expect(expectedDurationMs({ spread: 0.3 }, { type: 'text-to-video' })).toBeUndefined();
  });
});

describe('windowDelay', () => {
  const options = { nearIntervalMs: 1000, maxIntervalMs: 10_000 };
  const window = { startAt: 30_000, endAt: 50_000 };

  it('first reads one near interval into the window (at most the max away), then every near interval', () => {
    // A read at the window's very start would almost never find the job done.
    expect(windowDelay(0, window, options)).toBe(10_000);
    expect(windowDelay(26_000, window, options)).toBe(5000);
    expect(windowDelay(29_800, window, options)).toBe(1200);
    expect(windowDelay(30_000, window, options)).toBe(1000);
    expect(windowDelay(50_000, window, options)).toBe(1000);
  });

  it('reads a late job less often the later it is, up to the max', () => {
    expect(windowDelay(54_000, window, options)).toBe(2000);
    expect(windowDelay(62_000, window, options)).toBe(4000);
    expect(windowDelay(200_000, window, options)).toBe(10_000);
  });
});

describe('CompletionEstimate', () => {
  it('starts from the expected duration ± its spread', () => {
    expect(new CompletionEstimate(T0, 40_000, 0.25).window()).toEqual({
      startAt: T0 + 30_000,
      endAt: T0 + 50_000,
    });
    expect(new CompletionEstimate(T0, undefined, 0.25).window()).toBeUndefined();
  });

  it('bounds the end from one progress reading, and takes the rate from two', () => {
    const estimate = new CompletionEstimate(T0, 40_000, 0.25);
    estimate.observe(pending(25), T0 + 10_000);
    // 25 % after 10 s: done by 40 s at the latest (queue time only makes it sooner).
    expect(estimate.window()).toEqual({ startAt: T0 + 25_000, endAt: T0 + 44_000 });
    estimate.observe(pending(25), T0 + 12_000);
    estimate.observe(pending(50), T0 + 15_000);
    // 25 → 50 % in 5 s: the end is 10 s after the last reading, ± 25 % of those 10 s.
    expect(estimate.window()).toEqual({ startAt: T0 + 22_500, endAt: T0 + 27_500 });
  });

  it('ignores progress that does not rise or is not a percentage in progress', () => {
    const estimate = new CompletionEstimate(T0, undefined, 0.25);
    estimate.observe(pending(0), T0 + 1000);
    estimate.observe(pending(100), T0 + 2000);
    estimate.observe({ ...pending(50), status: 'done' }, T0 + 3000);
    expect(estimate.window()).toBeUndefined();
  });
});

describe('DurationLearner', () => {
  it('corrects the hint by what it sees, per kind, and narrows the spread once samples agree', () => {
    const learner = new DurationLearner();
    expect(learner.estimate('video', 40_000, 0.3)).toEqual({ expectedMs: 40_000, spread: 0.3 });
    learner.record('video', 40_000, 10_000);
    expect(learner.estimate('video', 40_000, 0.3)).toEqual({ expectedMs: 10_000, spread: 0.3 });
    learner.record('video', 40_000, 10_000);
    learner.record('video', 40_000, 10_000);
    expect(learner.estimate('video', 40_000, 0.3)).toEqual({ expectedMs: 10_000, spread: 0.15 });
    expect(learner.estimate('image', 5000, 0.3)).toEqual({ expectedMs: 5000, spread: 0.3 });
    learner.record('image', 0, 10);
    expect(learner.estimate('image', 5000, 0.3)).toEqual({ expectedMs: 5000, spread: 0.3 });
  });
});

describe('expectedEndScheduler', () => {
  const fallback = backoffScheduler(
    { initialIntervalMs: 2000, maxIntervalMs: 10_000, factor: 1.5, jitter: 0 },
    () => 0.5,
  );

  it('before the window reads no later than the backoff or a near interval into the window; jitters inside it', () => {
    let random = 1;
    const scheduler = expectedEndScheduler({
      createdAt: T0,
      expectedMs: 20_000,
      spread: 0.25,
      nearIntervalMs: 1000,
      withinBudget: (wanted) => wanted,
      maxIntervalMs: 10_000,
      jitter: 0.2,
      random: () => random,
      fallback,
    });
    expect(scheduler.nextDelay(0, T0)).toBe(2000);
    expect(scheduler.nextDelay(4, T0 + 9000)).toBe(7000);
    expect(scheduler.nextDelay(5, T0 + 14_500)).toBe(1500);
    random = 0;
    expect(scheduler.nextDelay(6, T0 + 16_000)).toBe(800);
    random = 1;
    expect(scheduler.nextDelay(6, T0 + 16_000)).toBe(1200);
  });

  it('reads a short job more often near its end: a fifth of the window, at least 50 ms', () => {
    const scheduler = (expectedMs: number) =>
      expectedEndScheduler({
        createdAt: T0,
        expectedMs,
        spread: 0.25,
        nearIntervalMs: 1000,
        withinBudget: (wanted) => wanted,
        maxIntervalMs: 10_000,
        jitter: 0,
        random: () => 0.5,
        fallback,
      });
    expect(scheduler(3000).nextDelay(3, T0 + 2500)).toBe(300);
    expect(scheduler(1000).nextDelay(3, T0 + 900)).toBe(100);
    expect(scheduler(400).nextDelay(3, T0 + 350)).toBe(50);
    expect(scheduler(60_000).nextDelay(9, T0 + 50_000)).toBe(1000);
  });

  it('backs off while nothing is known of the end, and spaces reads as the budget asks', () => {
    let budget = 0;
    const scheduler = expectedEndScheduler({
      createdAt: T0,
      expectedMs: undefined,
      spread: 0.25,
      nearIntervalMs: 1000,
      withinBudget: (wanted) => Math.max(wanted, budget),
      maxIntervalMs: 10_000,
      jitter: 0,
      random: () => 0.5,
      fallback,
    });
    expect([0, 1, 2].map((n) => scheduler.nextDelay(n, T0))).toEqual([2000, 3000, 4500]);
    scheduler.observe(pending(10), T0 + 2000);
    scheduler.observe(pending(20), T0 + 4000);
    // 5 %/s: the end near 20 s, from 16 s; inside the window the budget's spacing wins.
    expect(scheduler.nextDelay(3, T0 + 17_000)).toBe(1000);
    budget = 3000;
    expect(scheduler.nextDelay(4, T0 + 17_000)).toBe(3000);
  });
});
