import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { AuthenticationError } from '../errors/authentication-error.ts';
import { BotChallengeError } from '../errors/bot-challenge-error.ts';
import { ConnectionError } from '../errors/connection-error.ts';
import { ProviderError } from '../errors/provider-error.ts';
import { RateLimitError } from '../errors/rate-limit-error.ts';
import { RequestTimeoutError } from '../errors/request-timeout-error.ts';
import { WaitTimeoutError } from '../errors/wait-timeout-error.ts';
import type { Job } from '../job/job.ts';
import { createFakeClock } from '../testing/fake-clock.ts';
import { pollDelay, resolvePollOptions } from './poll-schedule.ts';
import { isTransientPollError } from './transient-error.ts';
import { waitForJob, type WaitForJobOptions } from './wait-for-job.ts';

function job(patch: Partial<Job> = {}): Job {
  return {
    id: 'xai:j1',
    provider: 'xai',
    type: 'text-to-video',
    status: 'pending',
    outputs: [],
    warnings: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}

/** A refresh that answers from a script: a Job, or an error to throw. */
function scripted(steps: (Job | Error)[]) {
  let calls = 0;
  const refresh = async () => {
    const step = steps[Math.min(calls++, steps.length - 1)]!;
    if (step instanceof Error) throw step;
    return step;
  };
  return { refresh, calls: () => calls };
}

function options(refresh: WaitForJobOptions['refresh'], patch: Partial<WaitForJobOptions> = {}) {
  const clock = createFakeClock();
  return {
    clock,
    opts: {
      jobId: 'xai:j1',
      provider: 'xai',
      refresh,
      clock,
      random: () => 0.5,
      poll: { initialIntervalMs: 1000, maxIntervalMs: 4000, factor: 2, jitter: 0.2 },
      ...patch,
    } satisfies WaitForJobOptions,
  };
}

describe('poll schedule', () => {
  it('grows by factor up to the max, with ± jitter from the injected random', () => {
    const schedule = resolvePollOptions({
      initialIntervalMs: 1000,
      maxIntervalMs: 5000,
      factor: 2,
      jitter: 0.2,
    });
    expect([0, 1, 2, 3, 4].map((n) => pollDelay(n, schedule, () => 0.5))).toEqual([
      1000, 2000, 4000, 5000, 5000,
    ]);
    expect(pollDelay(0, schedule, () => 0)).toBe(800);
    expect(pollDelay(0, schedule, () => 1)).toBe(1200);
    expect(pollDelay(5, schedule, () => 1)).toBe(5000);
  });

  it('fills from the provider hint, then defaults, and keeps max >= initial', () => {
    expect(resolvePollOptions({}, { initialIntervalMs: 5000, maxIntervalMs: 20_000 })).toEqual({
      initialIntervalMs: 5000,
      maxIntervalMs: 20_000,
      factor: 1.5,
      jitter: 0.2,
    });
    expect(
      resolvePollOptions({ initialIntervalMs: 3000 }, { initialIntervalMs: 5000, maxIntervalMs: 20_000 }),
    ).toMatchObject({
      initialIntervalMs: 3000,
    });
    expect(resolvePollOptions()).toEqual({
      initialIntervalMs: 2000,
      maxIntervalMs: 15_000,
      factor: 1.5,
      jitter: 0.2,
    });
    expect(resolvePollOptions({ initialIntervalMs: 30_000, factor: 0.5, jitter: 3 })).toEqual({
      initialIntervalMs: 30_000,
      maxIntervalMs: 30_000,
      factor: 1,
      jitter: 1,
    });
  });
});

describe('waitForJob', () => {
  it('reads at once, then on the backoff schedule until done, reporting each change', async () => {
    const { refresh, calls } = scripted([
      job({ phase: 'queued' }),
      job({ phase: 'queued' }),
      job({ phase: 'processing', progress: 10 }),
      job({ phase: 'processing', progress: 60 }),
      job({ status: 'done', outputs: [{ url: 'https://x/v.mp4', mimeType: 'video/mp4' }] }),
    ]);
    const seen: Job[] = [];
    const { opts, clock } = options(refresh, { onProgress: (j) => void seen.push(j) });
    const done = await waitForJob(opts);
    expect(done.status).toBe('done');
    expect(calls()).toBe(5);
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 4000]);
    expect(seen.map((j) => [j.status, j.phase, j.progress])).toEqual([
      ['pending', 'queued', undefined],
      ['pending', 'processing', 10],
      ['pending', 'processing', 60],
      ['done', undefined, undefined],
    ]);
  });

  it('starts from a known job: reports it, waits one interval, and returns a terminal one without reading', async () => {
    const { refresh, calls } = scripted([job({ status: 'failed' })]);
    const seen: Job[] = [];
    const { opts, clock } = options(refresh, { initial: job(), onProgress: (j) => void seen.push(j) });
    await expect(waitForJob(opts)).resolves.toMatchObject({ status: 'failed' });
    expect(clock.sleeps).toEqual([1000]);
    expect(calls()).toBe(1);
    expect(seen.map((j) => j.status)).toEqual(['pending', 'failed']);

    const done = scripted([]);
    const direct = options(done.refresh, { initial: job({ status: 'done' }) });
    await expect(waitForJob(direct.opts)).resolves.toMatchObject({ status: 'done' });
    expect(done.calls()).toBe(0);
    expect(direct.clock.sleeps).toEqual([]);
  });

  it('uses the provider hint when the caller sets no cadence', async () => {
    const { refresh } = scripted([job(), job({ status: 'done' })]);
    const { opts, clock } = options(refresh, {
      poll: { jitter: 0 },
      hint: { initialIntervalMs: 5000, maxIntervalMs: 10_000 },
    });
    await waitForJob(opts);
    expect(clock.sleeps).toEqual([5000]);
  });

  it('times out with WaitTimeoutError carrying the last job, after a final read at the deadline', async () => {
    const { refresh, calls } = scripted([job({ progress: 40 })]);
    const { opts, clock } = options(refresh, { timeoutMs: 5000 });
    const error = await waitForJob(opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError).job?.progress).toBe(40);
    expect((error as WaitTimeoutError).provider).toBe('xai');
    expect((error as Error).message).toContain(
      'Gave up waiting for job xai:j1 after 5000 ms (last status: pending)',
    );
    expect(clock.sleeps).toEqual([1000, 2000, 2000]);
    expect(calls()).toBe(4);
  });

  it('a zero timeout with only failing reads times out without a job', async () => {
    const { refresh } = scripted([new ConnectionError('down', { retryable: true })]);
    const { opts } = options(refresh, { timeoutMs: 0 });
    const error = (await waitForJob(opts).catch((e: unknown) => e)) as WaitTimeoutError;
    expect(error.name).toBe('WaitTimeoutError');
    expect(error.job).toBeUndefined();
    expect(error.message).toContain('last status: unknown');
  });

  it('an abort before or during a sleep is AbortedError', async () => {
    const controller = new AbortController();
    controller.abort();
    const first = options(scripted([job()]).refresh, { signal: controller.signal });
    await expect(waitForJob(first.opts)).rejects.toMatchObject({ name: 'AbortedError', provider: 'xai' });

    const later = new AbortController();
    const clock = createFakeClock();
    const sleepy = {
      ...clock,
      sleep: async (ms: number, signal?: AbortSignal) => {
        later.abort();
        return clock.sleep(ms, signal);
      },
    };
    const second = options(scripted([job()]).refresh, { signal: later.signal, clock: sleepy });
    await expect(waitForJob(second.opts)).rejects.toThrow('Waiting for job xai:j1 was aborted.');
  });

  it('an abort during a read is AbortedError, whatever the read threw', async () => {
    const controller = new AbortController();
    const refresh = async () => {
      controller.abort();
      throw new ConnectionError('socket closed');
    };
    const { opts } = options(refresh, { signal: controller.signal });
    await expect(waitForJob(opts)).rejects.toMatchObject({ name: 'AbortedError' });
  });

  it('a status read that never answers is ended by the wait timeout, its signal aborted', async () => {
    let readSignal: AbortSignal | undefined;
    // A read that ignores its signal and never settles: the wait must not hang on it.
    const refresh = (signal: AbortSignal | undefined) => {
      readSignal = signal;
      return new Promise<Job>(() => {});
    };
    const { opts } = options(refresh, { timeoutMs: 30, initial: undefined });
    const started = Date.now();
    const error = await waitForJob(opts).catch((e: unknown) => e);
    expect(WaitTimeoutError.isInstance(error)).toBe(true);
    expect((error as WaitTimeoutError).message).toBe(
      'Gave up waiting for job xai:j1 after 30 ms (last status: unknown); it goes on at xai, wait again or check it later.',
    );
    expect(readSignal?.aborted).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a status read that never answers is ended by the caller’s abort', async () => {
    let readSignal: AbortSignal | undefined;
    const refresh = (signal: AbortSignal | undefined) => {
      readSignal = signal;
      return new Promise<Job>(() => {});
    };
    const controller = new AbortController();
    const { opts } = options(refresh, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user stop')), 20);
    const error = await waitForJob(opts).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortedError', message: 'Waiting for job xai:j1 was aborted.' });
    expect(readSignal?.aborted).toBe(true);
  });

  it('survives transient read errors, waiting a rate limit out', async () => {
    const { refresh, calls } = scripted([
      new ConnectionError('reset', { retryable: true }),
      new RateLimitError('slow down', { retryAfterMs: 9000 }),
      new ProviderError('bad gateway', { status: 502 }),
      new RequestTimeoutError('timeout'),
      job({ status: 'done' }),
    ]);
    const { opts, clock } = options(refresh);
    await expect(waitForJob(opts)).resolves.toMatchObject({ status: 'done' });
    expect(calls()).toBe(5);
    expect(clock.sleeps).toEqual([1000, 9000, 4000, 4000]);
  });

  it('gives up after maxConsecutiveErrors transient failures in a row', async () => {
    const reset = new ConnectionError('reset', { retryable: true });
    const { refresh, calls } = scripted([reset]);
    const { opts } = options(refresh, { maxConsecutiveErrors: 2 });
    await expect(waitForJob(opts)).rejects.toBe(reset);
    expect(calls()).toBe(3);
  });

  it('rethrows non-transient errors at once', async () => {
    const denied = new AuthenticationError('bad key', { status: 401 });
    const { refresh, calls } = scripted([job(), denied]);
    const { opts } = options(refresh);
    await expect(waitForJob(opts)).rejects.toBe(denied);
    expect(calls()).toBe(2);
  });

  it('classifies transient errors', () => {
    expect(isTransientPollError(new ConnectionError('x'))).toBe(true);
    expect(isTransientPollError(new ProviderError('x', { status: 503 }))).toBe(true);
    expect(isTransientPollError(new ProviderError('x', { status: 400 }))).toBe(false);
    expect(isTransientPollError(new BotChallengeError('x', { retryable: true }))).toBe(false);
    expect(isTransientPollError(new AuthenticationError('x'))).toBe(false);
    expect(isTransientPollError(new AuthenticationError('x', { retryable: true }))).toBe(true);
    expect(isTransientPollError(new Error('plain'))).toBe(false);
  });
});

describe('a long wait', () => {
  it('keeps at most one listener on the loop signal, however many reads it makes', async () => {
    const counts: number[] = [];
    let reads = 0;
    const { opts } = options(async (signal) => {
      counts.push(getEventListeners(signal, 'abort').length);
      return job(++reads < 30 ? {} : { status: 'done' });
    });
    // The fake clock's sleeps pass at once: thirty reads, ten seconds apart.
    const ended = await waitForJob({ ...opts, poll: { initialIntervalMs: 10_000, maxIntervalMs: 10_000 } });
    expect(ended.status).toBe('done');
    expect(reads).toBe(30);
    expect(Math.max(...counts)).toBeLessThanOrEqual(1);
  });
});
