import { describe, expect, it, vi } from 'vitest';
import { AuthenticationError } from '../errors/authentication-error.ts';
import { ConnectionError } from '../errors/connection-error.ts';
import { JobExpiredError } from '../errors/job-expired-error.ts';
import { JobFailedError } from '../errors/job-failed-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import type { Job } from '../job/job.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import { createFakeClock } from '../testing/fake-clock.ts';
import { fakeAdapter, makeJob } from '../../test/support/fake-adapter.ts';
import { createClient } from './create-client.ts';

function setup(adapter: ProviderAdapter, options: Parameters<typeof createClient>[1] = {}) {
  const clock = createFakeClock();
  return { clock, client: createClient(adapter, { clock, random: () => 0.5, ...options }) };
}

/** A refresh that walks through the given states, staying on the last. */
function states(...jobs: Job[]) {
  let i = 0;
  return vi.fn<ProviderAdapter['refresh']>(async () => jobs[Math.min(i++, jobs.length - 1)]!);
}

describe('get', () => {
  it('refreshes by provider job id, passing the remembered type', async () => {
    const adapter = fakeAdapter({ refresh: states(makeJob('new', { status: 'pending', progress: 5 })) });
    const { client } = setup(adapter);
    const submitted = await client.submit({ type: 'text-to-image', prompt: 'p' });
    const job = await client.get(submitted.id);
    expect(adapter.refresh.mock.calls[0]![0]).toBe('new');
    expect(adapter.refresh.mock.calls[0]![1].type).toBe('text-to-image');
    expect(job.progress).toBe(5);
    expect(job.cost).toEqual({ basis: 'catalog', usdTicks: 200_000_000, usd: 0.02 });
  });

  it('takes the type from options for jobs it did not submit', async () => {
    const adapter = fakeAdapter();
    await setup(adapter).client.get('xai:restored', { type: 'video-extend' });
    expect(adapter.refresh.mock.calls[0]![1].type).toBe('video-extend');
  });

  it('refuses malformed ids and ids of another provider', async () => {
    const adapter = fakeAdapter();
    const { client } = setup(adapter);
    await expect(client.get('nonsense')).rejects.toBeInstanceOf(ValidationError);
    await expect(client.get('vydra:abc')).rejects.toThrow(
      'Job vydra:abc belongs to vydra, but this client talks to xai; use a vydra client.',
    );
    await expect(client.wait('pixazo:abc')).rejects.toMatchObject({ name: 'ValidationError', field: 'id' });
    await expect(client.cancel('pixazo:abc')).rejects.toMatchObject({ name: 'ValidationError' });
    expect(adapter.refresh).not.toHaveBeenCalled();
  });

  it('calls onJobUpdate only when status, phase or progress changes, keeping submit warnings', async () => {
    const updates: Job[] = [];
    const adapter = fakeAdapter({
      refresh: states(
        makeJob('new', { phase: 'queued' }),
        makeJob('new', { phase: 'queued' }),
        makeJob('new', { phase: 'processing' }),
      ),
    });
    const { client } = setup(adapter, { onJobUpdate: (job) => void updates.push(job) });
    const submitted = await client.submit({ type: 'text-to-image', prompt: 'p', resolution: '2k' });
    expect(updates).toEqual([]);
    for (let i = 0; i < 3; i++) await client.get(submitted.id);
    expect(updates.map((j) => j.phase)).toEqual(['queued', 'processing']);
    expect(updates[0]!.warnings.map((w) => w.field)).toEqual(['resolution']);
  });
});

describe('wait and generate', () => {
  it('wait polls on the provider hint and reports progress', async () => {
    const adapter = fakeAdapter({
      pollHint: { initialIntervalMs: 3000, maxIntervalMs: 3000 },
      refresh: states(makeJob('new', { progress: 50 }), makeJob('new', { status: 'done' })),
    });
    const { client, clock } = setup(adapter);
    const job = await client.submit({ type: 'text-to-video', prompt: 'p' });
    const seen: (number | undefined)[] = [];
    const done = await client.wait(job.id, { onProgress: (j) => seen.push(j.progress) });
    expect(done.status).toBe('done');
    expect(seen).toEqual([undefined, 50, undefined]);
    expect(clock.sleeps).toEqual([3000, 3000]);
  });

  it('wait takes client poll options, the per-call poll and the default timeout', async () => {
    const adapter = fakeAdapter({ refresh: states(makeJob('new')) });
    const { client, clock } = setup(adapter, {
      poll: { initialIntervalMs: 100, jitter: 0 },
      waitTimeoutMs: 1000,
    });
    const job = await client.submit({ type: 'text-to-video', prompt: 'p' });
    await expect(client.wait(job.id, { poll: { factor: 1 } })).rejects.toMatchObject({
      name: 'WaitTimeoutError',
    });
    expect(new Set(clock.sleeps)).toEqual(new Set([100]));
    await expect(client.wait(job.id, { timeoutMs: 0 })).rejects.toMatchObject({ name: 'WaitTimeoutError' });
  });

  it('wait on a job it already saw end returns at once', async () => {
    const adapter = fakeAdapter({ submit: vi.fn(async () => makeJob('sync', { status: 'done' })) });
    const { client } = setup(adapter);
    const job = await client.submit({ type: 'text-to-video', prompt: 'p' });
    await expect(client.wait(job.id)).resolves.toMatchObject({ status: 'done' });
    expect(adapter.refresh).not.toHaveBeenCalled();
  });

  it('generate of a synchronous image returns without any status read', async () => {
    const output = { url: 'https://x/i.jpg', mimeType: 'image/jpeg' };
    const adapter = fakeAdapter({
      submit: vi.fn(async () => makeJob('img', { status: 'done', outputs: [output] })),
    });
    const { client, clock } = setup(adapter);
    const job = await client.generate({ type: 'text-to-image', prompt: 'p' });
    expect(job.outputs).toEqual([output]);
    expect(adapter.refresh).not.toHaveBeenCalled();
    expect(clock.sleeps).toEqual([]);
  });

  it('generate polls a pending job to done, surviving a transient read error', async () => {
    const refresh = vi
      .fn<ProviderAdapter['refresh']>()
      .mockRejectedValueOnce(new ConnectionError('reset', { retryable: true }))
      .mockResolvedValueOnce(makeJob('new', { status: 'done' }));
    const { client } = setup(fakeAdapter({ refresh }));
    await expect(client.generate({ type: 'text-to-video', prompt: 'p' })).resolves.toMatchObject({
      status: 'done',
    });
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('generate throws JobFailedError / JobExpiredError carrying the job', async () => {
    const failed = makeJob('new', {
      status: 'failed',
      error: { code: 'moderated', message: 'The prompt was rejected', retryable: false },
    });
    const error = (await setup(fakeAdapter({ refresh: states(failed) }))
      .client.generate({ type: 'text-to-video', prompt: 'p' })
      .catch((e: unknown) => e)) as JobFailedError;
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error.message).toBe('Job xai:new failed: The prompt was rejected.');
    expect(error.code).toBe('moderated');
    expect(error.job?.status).toBe('failed');
    expect(error.provider).toBe('xai');
    const expired = await setup(fakeAdapter({ refresh: states(makeJob('new', { status: 'expired' })) }))
      .client.generate({ type: 'text-to-video', prompt: 'p' })
      .catch((e: unknown) => e);
    expect(expired).toBeInstanceOf(JobExpiredError);
    expect((expired as JobExpiredError).message).toBe('Job xai:new expired before it finished.');
  });

  it('a failed job the provider did not charge keeps no catalog cost', async () => {
    const failed = makeJob('new', {
      status: 'failed',
      error: { code: 'system_error', message: 'x', retryable: true, charged: false },
    });
    const { client } = setup(fakeAdapter({ refresh: states(failed) }));
    const job = await client.submit({ type: 'text-to-video', prompt: 'p' });
    expect(job.cost?.basis).toBe('catalog');
    expect((await client.get(job.id)).cost).toBeUndefined();
  });
});

describe('cancel and quote', () => {
  it('cancel without a cancel endpoint is UnsupportedError', async () => {
    const { client } = setup(fakeAdapter());
    await expect(client.cancel('xai:abc')).rejects.toThrow(
      'xai has no cancel endpoint; job xai:abc runs until it ends (it may still be charged).',
    );
  });

  it('cancel calls the adapter with the provider id and the remembered type', async () => {
    const cancel = vi.fn<NonNullable<ProviderAdapter['cancel']>>(async (id) =>
      makeJob(id, { status: 'failed', error: { code: 'cancelled', message: 'Cancelled', retryable: false } }),
    );
    const { client } = setup(fakeAdapter({ cancel }));
    const job = await client.submit({ type: 'text-to-video', prompt: 'p' });
    await expect(client.cancel(job.id)).resolves.toMatchObject({ status: 'failed' });
    expect(cancel.mock.calls[0]![0]).toBe('new');
    expect(cancel.mock.calls[0]![1].type).toBe('text-to-video');
  });

  it('quote prices the normalized request without calling submit', () => {
    const adapter = fakeAdapter();
    const quote = setup(adapter).client.quote({ type: 'text-to-video', prompt: 'p', duration: 6 });
    expect(quote.usdTicks).toBe(4_200_000_000);
    expect(quote.usd).toBe(0.42);
    expect(adapter.quote.mock.calls[0]![0]).toMatchObject({ resolution: '720p', duration: 6 });
    expect(() =>
      setup(adapter).client.quote({ type: 'video-edit', prompt: 'p', video: 'https://x/v.mp4' }),
    ).toThrow('xai does not support video-edit requests');
    expect(adapter.submit).not.toHaveBeenCalled();
  });
});

describe('concurrent job slots', () => {
  it('holds a submit while all slots are pending, re-reading held jobs until one ends', async () => {
    let n = 0;
    const submit = vi.fn<ProviderAdapter['submit']>(async () => makeJob(`j${++n}`));
    const refresh = states(makeJob('j1'), makeJob('j1', { status: 'done' }));
    const adapter = fakeAdapter({ submit, refresh });
    const { client, clock } = setup(adapter, {
      maxConcurrentJobs: 1,
      poll: { initialIntervalMs: 1000, jitter: 0, factor: 2 },
    });
    await client.submit({ type: 'text-to-video', prompt: 'a' });
    const second = await client.submit({ type: 'text-to-video', prompt: 'b' });
    expect(second.id).toBe('xai:j2');
    expect(refresh.mock.calls.map((c) => c[0])).toEqual(['j1', 'j1']);
    expect(clock.sleeps).toEqual([1000, 2000]);
  });

  it('takes the limit from capabilities, and false turns it off', async () => {
    const capabilities = { ...fakeAdapter().capabilities, maxConcurrentJobs: 2 };
    let n = 0;
    const submit = vi.fn<ProviderAdapter['submit']>(async () => makeJob(`j${++n}`));
    const refresh = states(makeJob('j1', { status: 'done' }));
    const { client, clock } = setup(fakeAdapter({ capabilities, submit, refresh }));
    const results = await Promise.all(
      [1, 2, 3].map(() => client.submit({ type: 'text-to-video', prompt: 'p' })),
    );
    expect(results.map((j) => j.id).sort()).toEqual(['xai:j1', 'xai:j2', 'xai:j3']);
    // Two went at once; the third waited for them to settle, re-read j1, saw it done and went.
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(refresh.mock.calls[0]![0]).toBe('j1');
    expect(clock.sleeps).toEqual([]);
    const free = setup(fakeAdapter({ capabilities }), { maxConcurrentJobs: false });
    for (let i = 0; i < 4; i++) await free.client.submit({ type: 'text-to-video', prompt: 'p' });
    expect(free.clock.sleeps).toEqual([]);
  });

  it('parallel submitters never exceed the limit', async () => {
    let running = 0;
    let peak = 0;
    let n = 0;
    const submit = vi.fn<ProviderAdapter['submit']>(async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setImmediate(resolve));
      return makeJob(`j${++n}`);
    });
    const refresh = vi.fn<ProviderAdapter['refresh']>(async (id) => {
      running = Math.max(0, running - 1);
      return makeJob(id, { status: 'done' });
    });
    const { client } = setup(fakeAdapter({ submit, refresh }), { maxConcurrentJobs: 1 });
    await Promise.all([1, 2, 3].map(() => client.submit({ type: 'text-to-video', prompt: 'p' })));
    expect(peak).toBe(1);
    expect(submit).toHaveBeenCalledTimes(3);
  });

  it('frees the slot when a submit fails, when a held job is gone, and when wait sees it end', async () => {
    const submit = vi
      .fn<ProviderAdapter['submit']>()
      .mockRejectedValueOnce(new AuthenticationError('bad key'))
      .mockResolvedValueOnce(makeJob('a'))
      .mockResolvedValueOnce(makeJob('b'))
      .mockResolvedValueOnce(makeJob('c'));
    const refresh = vi
      .fn<ProviderAdapter['refresh']>()
      .mockRejectedValueOnce(
        Object.assign(new ValidationError('x', { field: 'y' }), { name: 'NotFoundError' }),
      )
      .mockResolvedValueOnce(makeJob('b', { status: 'done' }));
    const { client, clock } = setup(fakeAdapter({ submit, refresh }), { maxConcurrentJobs: 1 });
    await expect(client.submit({ type: 'text-to-video', prompt: 'p' })).rejects.toThrow('bad key');
    await client.submit({ type: 'text-to-video', prompt: 'p' });
    await client.submit({ type: 'text-to-video', prompt: 'p' });
    expect(clock.sleeps).toHaveLength(1);
    await client.wait('xai:b');
    await client.submit({ type: 'text-to-video', prompt: 'p' });
    expect(clock.sleeps).toHaveLength(2);
  });

  it('a non-transient read error or an abort ends the wait for a slot', async () => {
    const refresh = vi.fn<ProviderAdapter['refresh']>().mockRejectedValue(new AuthenticationError('revoked'));
    const { client } = setup(fakeAdapter({ refresh }), { maxConcurrentJobs: 1 });
    await client.submit({ type: 'text-to-video', prompt: 'p' });
    await expect(client.submit({ type: 'text-to-video', prompt: 'p' })).rejects.toThrow('revoked');
    const controller = new AbortController();
    controller.abort();
    await expect(
      client.submit({ type: 'text-to-video', prompt: 'p' }, { signal: controller.signal }),
    ).rejects.toThrow('xai: submission aborted while waiting for a job slot.');
  });
});
