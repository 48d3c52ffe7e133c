import { describe, expect, it, vi } from 'vitest';
import type { Job } from '../job/job.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import { createFakeClock } from '../testing/fake-clock.ts';
import { answer, fakeAdapter, started, statuses, VIDEO_OUTPUT } from '../../test/support/fake-adapter.ts';
import { createClient } from './create-client.ts';

const VIDEO = { type: 'text-to-video', prompt: 'p' } as const;
const BACKOFF = { initialIntervalMs: 1000, factor: 2, maxIntervalMs: 8000, jitter: 0 };

function setup(adapter: ProviderAdapter, options: Parameters<typeof createClient>[1] = {}) {
  const clock = createFakeClock();
  return { clock, client: createClient(adapter, { clock, random: () => 0.5, ...options }) };
}

/** A start that numbers its jobs j1, j2, … */
function numbered() {
  let n = 0;
  return vi.fn<ProviderAdapter['start']>(async () => started(`j${++n}`));
}

/** Lets every pending promise callback run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('one poll loop per job', () => {
  it('several wait() calls on one job share one loop: one read per tick, one result for all', async () => {
    const status = statuses(
      answer('new', { status: 'pending', progress: 10 }),
      answer('new', { status: 'pending', progress: 60 }),
      answer('new', { status: 'done', outputs: [VIDEO_OUTPUT] }),
    );
    const { client, clock } = setup(fakeAdapter({ status }), { poll: BACKOFF });
    const job = await client.submit(VIDEO);
    const seen: number[][] = [[], [], []];
    const waits = seen.map((progress) =>
      client.wait(job.id, { onProgress: (j) => void progress.push(j.progress ?? -1) }),
    );
    const ends = await Promise.all(waits);
    expect(ends.map((j) => j.status)).toEqual(['done', 'done', 'done']);
    expect(ends[0]).toBe(ends[2]);
    expect(status).toHaveBeenCalledTimes(3);
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
    // Each waiter heard every change once, from the job as known at submit on.
    for (const progress of seen) expect(progress).toEqual([-1, 10, 60, -1]);
  });

  it('a wait() that gives up leaves the loop to the others; the last to leave stops it', async () => {
    const status = statuses(answer('new', { status: 'pending' }));
    const { client, clock } = setup(fakeAdapter({ status }), { poll: BACKOFF });
    const job = await client.submit(VIDEO);
    const controller = new AbortController();
    const aborted = client.wait(job.id, { signal: controller.signal }).catch((e: Error) => e);
    const timed = client.wait(job.id, { timeoutMs: 3000 }).catch((e: Error) => e);
    controller.abort();
    expect(await aborted).toMatchObject({ name: 'AbortedError' });
    expect(await timed).toMatchObject({ name: 'WaitTimeoutError' });
    // Reads at 1 s and 3 s (the deadline) for the waiter left; then nothing polls the job.
    expect(status).toHaveBeenCalledTimes(2);
    expect(clock.sleeps).toEqual([1000, 2000]);
    await settle();
    expect(status).toHaveBeenCalledTimes(2);
  });

  it('a wait() after the loop ended starts a new one from the job as last seen', async () => {
    const status = statuses(
      answer('new', { status: 'pending' }),
      answer('new', { status: 'failed', error: { code: 'x', message: 'boom', retryable: false } }),
    );
    const { client } = setup(fakeAdapter({ status }), { poll: BACKOFF });
    const job = await client.submit(VIDEO);
    await expect(client.wait(job.id, { timeoutMs: 1000 })).rejects.toMatchObject({
      name: 'WaitTimeoutError',
    });
    await expect(client.wait(job.id)).resolves.toMatchObject({ status: 'failed' });
    expect(status).toHaveBeenCalledTimes(2);
  });
});

/** A clock whose sleeps wait until the test lets them end (or their signal aborts). */
function manualClock() {
  let now = Date.parse('2026-01-01T00:00:00Z');
  const sleepers: (() => void)[] = [];
  return {
    now: () => now,
    sleep: (ms: number, signal?: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        sleepers.push(() => {
          now += ms;
          resolve();
        });
      }),
    pending: () => sleepers.length,
  };
}

describe('a job seen ending elsewhere', () => {
  it('a get() that sees the job end ends its loop: the waiters resolve without another read', async () => {
    const status = statuses(answer('new', { status: 'done', outputs: [VIDEO_OUTPUT] }));
    const clock = manualClock();
    const client = createClient(fakeAdapter({ status }), { clock, random: () => 0.5, poll: BACKOFF });
    const job = await client.submit(VIDEO);
    const waited = client.wait(job.id);
    await settle();
    expect(clock.pending()).toBe(1);
    await expect(client.get(job.id)).resolves.toMatchObject({ status: 'done' });
    await expect(waited).resolves.toMatchObject({ status: 'done' });
    expect(status).toHaveBeenCalledTimes(1);
  });
});

describe('submitters waiting for a slot', () => {
  it('read nothing themselves: the held job’s one loop frees the slot and wakes them', async () => {
    let j1Reads = 0;
    const status = vi.fn<ProviderAdapter['status']>(async (id) =>
      id === 'j1' && ++j1Reads < 2
        ? answer(id, { status: 'pending' })
        : answer(id, { status: 'done', outputs: [VIDEO_OUTPUT] }),
    );
    const { client, clock } = setup(fakeAdapter({ start: numbered(), status }), {
      maxConcurrentJobs: 1,
      poll: BACKOFF,
    });
    await client.submit(VIDEO);
    // Three submitters wait for the one slot: j1 is read on one schedule, not once per waiter.
    const waiting = [client.submit(VIDEO), client.submit(VIDEO), client.submit(VIDEO)];
    const jobs = await Promise.all(waiting);
    expect(jobs.map((j) => j.id).sort()).toEqual(['xai:j2', 'xai:j3', 'xai:j4']);
    expect(status.mock.calls.map((c) => c[0])).toEqual(['j1', 'j1', 'j2', 'j3']);
    expect(clock.sleeps).toEqual([1000, 2000, 1000, 1000]);
    // With nobody waiting for a slot, the last job (j4) is not polled by anyone.
    await settle();
    expect(status).toHaveBeenCalledTimes(4);
  });

  it('a wait() and a slot keeper on the same job share its loop', async () => {
    const status = statuses(
      answer('j1', { status: 'pending' }),
      answer('j1', { status: 'pending' }),
      answer('j1', { status: 'done', outputs: [VIDEO_OUTPUT] }),
    );
    const { client, clock } = setup(fakeAdapter({ start: numbered(), status }), {
      maxConcurrentJobs: 1,
      poll: BACKOFF,
    });
    const first = await client.submit(VIDEO);
    const waited = client.wait(first.id);
    const second = client.submit(VIDEO);
    const [done, next] = await Promise.all([waited, second]);
    expect(done.status).toBe('done');
    expect(next.id).toBe('xai:j2');
    expect(status.mock.calls.map((c) => c[0])).toEqual(['j1', 'j1', 'j1']);
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
  });

  it('a held job whose reads keep failing for a while is kept polled until it is seen ending', async () => {
    const { ConnectionError } = await import('../errors/connection-error.ts');
    const down = new ConnectionError('reset', { retryable: true });
    let reads = 0;
    const status = vi.fn<ProviderAdapter['status']>(async (id) => {
      if (++reads <= 7) throw down;
      return answer(id, { status: 'done', outputs: [VIDEO_OUTPUT] });
    });
    const { client } = setup(fakeAdapter({ start: numbered(), status }), {
      maxConcurrentJobs: 1,
      poll: BACKOFF,
      maxConsecutivePollErrors: 2,
    });
    await client.submit(VIDEO);
    await expect(client.submit(VIDEO)).resolves.toMatchObject({ id: 'xai:j2' });
    expect(status).toHaveBeenCalledTimes(8);
  });

  it('a held job the provider no longer knows gives its slot up; other read errors end the wait', async () => {
    const { NotFoundError } = await import('../errors/not-found-error.ts');
    const status = vi.fn<ProviderAdapter['status']>().mockRejectedValueOnce(new NotFoundError('gone'));
    const { client } = setup(fakeAdapter({ start: numbered(), status }), {
      maxConcurrentJobs: 1,
      poll: BACKOFF,
    });
    await client.submit(VIDEO);
    await expect(client.submit(VIDEO)).resolves.toMatchObject({ id: 'xai:j2' });
    expect(status).toHaveBeenCalledTimes(1);
  });
});

describe('expected-duration schedule through the client', () => {
  const hint = {
    initialIntervalMs: 2000,
    maxIntervalMs: 10_000,
    expected: { video: { baseMs: 10_000, perSecondMs: 2_000 }, spread: 0.25 },
  };

  it('reads on the backoff until the likely end, then every second', async () => {
    let reads = 0;
    // The job is done on the 6th read.
    const status = vi.fn<ProviderAdapter['status']>(async (id) =>
      ++reads < 6
        ? answer(id, { status: 'pending' })
        : answer(id, { status: 'done', outputs: [VIDEO_OUTPUT] }),
    );
    const { client, clock } = setup(fakeAdapter({ status, pollHint: hint }), { poll: { jitter: 0 } });
    // 5 s of video: expected 10 + 5 × 2 = 20 s ± 25 %: window 15–25 s after submission. Reads at
    // 2, 5 and 9.5 s (backoff), 16 s (a near interval into the window), then every second.
    const done: Job = await client.generate({ ...VIDEO, duration: 5 });
    expect(done.status).toBe('done');
    expect(clock.sleeps).toEqual([2000, 3000, 4500, 6500, 1000, 1000]);
    expect(status).toHaveBeenCalledTimes(6);
  });

  it('narrows the window from two progress readings', async () => {
    const progress = [10, 50, 90];
    let reads = 0;
    const status = vi.fn<ProviderAdapter['status']>(async (id) => {
      const p = progress[reads++];
      return p === undefined
        ? answer(id, { status: 'done', outputs: [VIDEO_OUTPUT] })
        : answer(id, { status: 'pending', progress: p });
    });
    const { client, clock } = setup(fakeAdapter({ status, pollHint: hint }), { poll: { jitter: 0 } });
    await client.generate({ ...VIDEO, duration: 5 });
    // 10 % at 2 s, 50 % at 5 s: the end is near 8.75 s (window 7.8–9.7 s), well before the hint's
    // 15–25 s: the next read comes a near interval (a fifth of the window, 375 ms) into it instead
    // of on the backoff (9.5 s). 90 % there: the end is ~0.5 s off, and the read a near interval
    // into the new window finds it done.
    expect(clock.sleeps).toEqual([2000, 3000, 3188, 677]);
  });

  it('jobs polled at once share the read budget evenly: four jobs on 60 a minute, one read each per 5.1 s', async () => {
    const { RateLimiter } = await import('../limiter/rate-limiter.ts');
    const clock = createFakeClock();
    const limiter = new RateLimiter([{ key: '*', limit: 60, intervalMs: 60_000 }], clock);
    const reads = new Map<string, number>();
    const status = vi.fn<ProviderAdapter['status']>(async (id) => {
      reads.set(id, (reads.get(id) ?? 0) + 1);
      return reads.get(id)! < 3
        ? answer(id, { status: 'pending' })
        : answer(id, { status: 'done', outputs: [VIDEO_OUTPUT] });
    });
    const client = createClient(fakeAdapter({ start: numbered(), status, pollHint: hint, limiter }), {
      clock,
      random: () => 0.5,
      poll: { jitter: 0 },
    });
    const jobs = await Promise.all([1, 2, 3, 4].map(() => client.submit({ ...VIDEO, duration: 5 })));
    await Promise.all(jobs.map((job) => client.wait(job.id)));
    // (60 s + 0.3 s guard) ÷ 60 = 1,005 ms a request; × 4 jobs ÷ 80 % of the budget = 5,025 ms.
    expect(clock.sleeps.slice(0, 4)).toEqual([5025, 5025, 5025, 5025]);
    expect(status).toHaveBeenCalledTimes(12);
  });

  it('backs off instead when the caller sets a cadence', async () => {
    const status = statuses(
      answer('new', { status: 'pending' }),
      answer('new', { status: 'done', outputs: [VIDEO_OUTPUT] }),
    );
    const { client, clock } = setup(fakeAdapter({ status, pollHint: hint }), { poll: BACKOFF });
    await client.generate({ ...VIDEO, duration: 5 });
    expect(clock.sleeps).toEqual([1000, 2000]);
  });
});
