import { describe, expect, it, vi } from 'vitest';
import { ConnectionError } from '../errors/connection-error.ts';
import { ContentPolicyError } from '../errors/content-policy-error.ts';
import { JobExpiredError } from '../errors/job-expired-error.ts';
import { JobFailedError } from '../errors/job-failed-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { Ledger } from '../ledger/ledger.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import { createFakeClock } from '../testing/fake-clock.ts';
import {
  answer,
  fakeAdapter,
  IMAGE_OUTPUT,
  started,
  statuses,
  VIDEO_OUTPUT,
} from '../../test/support/fake-adapter.ts';
import { RecordingStore } from '../../test/support/recording-store.ts';
import { createClient } from './create-client.ts';

const VIDEO = { type: 'text-to-video', prompt: 'p' } as const;

function setup(adapter: ProviderAdapter, options: Parameters<typeof createClient>[1] = {}) {
  const clock = createFakeClock();
  return { clock, client: createClient(adapter, { clock, random: () => 0.5, ...options }) };
}

describe('get', () => {
  it('reads by provider job id, passing the type the ledger remembers, keeping the catalog cost', async () => {
    const adapter = fakeAdapter({ status: statuses(answer('new', { status: 'pending', progress: 5 })) });
    const { client } = setup(adapter);
    const submitted = await client.submit({ type: 'text-to-image', prompt: 'p' });
    const job = await client.get(submitted.id);
    expect(adapter.status.mock.calls[0]![0]).toBe('new');
    expect(adapter.status.mock.calls[0]![1].type).toBe('text-to-image');
    expect(job).toMatchObject({ type: 'text-to-image', progress: 5, createdAt: submitted.createdAt });
    expect(job.cost).toEqual({ basis: 'catalog', usdTicks: 200_000_000, usd: 0.02 });
  });

  it('takes the type from options for jobs it did not submit, else from the answer', async () => {
    const adapter = fakeAdapter();
    const { client } = setup(adapter);
    expect((await client.get('xai:restored', { type: 'video-extend' })).type).toBe('video-extend');
    expect(adapter.status.mock.calls[0]![1].type).toBe('video-extend');
    adapter.status.mockResolvedValueOnce({ status: 'done', outputs: [IMAGE_OUTPUT] });
    expect((await client.get('xai:stranger')).type).toBe('text-to-image');
    // Remembered: the next read of the same job keeps its first type and creation time.
    const first = await client.get('xai:restored');
    expect(first.type).toBe('video-extend');
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
    expect(adapter.status).not.toHaveBeenCalled();
  });

  it('an answer naming another job is a ResponseValidationError and records nothing', async () => {
    const adapter = fakeAdapter({
      status: async () => answer('other', { status: 'done', outputs: [VIDEO_OUTPUT] }),
    });
    const { client } = setup(adapter);
    const job = await client.submit(VIDEO);
    await expect(client.get(job.id)).rejects.toMatchObject({
      name: 'ResponseValidationError',
      code: 'job_id_mismatch',
      message: 'xai: asked for job new, the answer is about other.',
    });
    expect(client.ledger.entryOfJob(job.id)?.job?.status).toBe('pending');
  });

  it('writes the ledger only when status, phase or progress changes, keeping submit warnings', async () => {
    const store = new RecordingStore();
    const clock = createFakeClock();
    const adapter = fakeAdapter({
      status: statuses(
        answer('new', { status: 'pending', phase: 'queued' }),
        answer('new', { status: 'pending', phase: 'queued' }),
        answer('new', { status: 'pending', phase: 'processing' }),
      ),
    });
    const client = createClient(adapter, { clock, ledger: new Ledger({ store, clock }) });
    const submitted = await client.submit({ type: 'text-to-image', prompt: 'p', resolution: '2k' });
    const seen = [];
    for (let i = 0; i < 3; i++) seen.push(await client.get(submitted.id));
    expect(store.count('job')).toBe(2);
    expect(
      store
        .events()
        .filter((e) => e.event === 'job')
        .map((e) => (e.event === 'job' ? e.job.phase : '')),
    ).toEqual(['queued', 'processing']);
    expect(seen[2]!.warnings.map((w) => w.field)).toEqual(['resolution']);
  });
});

describe('wait and generate', () => {
  it('wait polls on the provider hint and reports progress', async () => {
    const adapter = fakeAdapter({
      pollHint: { initialIntervalMs: 3000, maxIntervalMs: 3000 },
      status: statuses(
        answer('new', { status: 'pending', progress: 50 }),
        answer('new', { status: 'done', outputs: [VIDEO_OUTPUT] }),
      ),
    });
    const { client, clock } = setup(adapter);
    const job = await client.submit(VIDEO);
    const seen: (number | undefined)[] = [];
    const done = await client.wait(job.id, { onProgress: (j) => seen.push(j.progress) });
    expect(done.status).toBe('done');
    expect(seen).toEqual([undefined, 50, undefined]);
    expect(clock.sleeps).toEqual([3000, 3000]);
  });

  it('wait takes client poll options, the per-call poll and the default timeout', async () => {
    const adapter = fakeAdapter({ status: statuses(answer('new', { status: 'pending' })) });
    const { client, clock } = setup(adapter, {
      poll: { initialIntervalMs: 100, jitter: 0 },
      waitTimeoutMs: 1000,
    });
    const job = await client.submit(VIDEO);
    await expect(client.wait(job.id, { poll: { factor: 1 } })).rejects.toMatchObject({
      name: 'WaitTimeoutError',
    });
    expect(new Set(clock.sleeps)).toEqual(new Set([100]));
    await expect(client.wait(job.id, { timeoutMs: 0 })).rejects.toMatchObject({ name: 'WaitTimeoutError' });
  });

  it('wait on a job it already saw end returns at once', async () => {
    const adapter = fakeAdapter({
      start: async () => started('sync', { status: 'done', outputs: [VIDEO_OUTPUT] }),
    });
    const { client } = setup(adapter);
    const job = await client.submit(VIDEO);
    await expect(client.wait(job.id)).resolves.toMatchObject({ status: 'done' });
    expect(adapter.status).not.toHaveBeenCalled();
  });

  it('generate of a synchronous image returns without any status read', async () => {
    const adapter = fakeAdapter({
      start: async () => started('img', { status: 'done', outputs: [IMAGE_OUTPUT] }),
    });
    const { client, clock } = setup(adapter);
    const job = await client.generate({ type: 'text-to-image', prompt: 'p' });
    expect(job.outputs).toEqual([IMAGE_OUTPUT]);
    expect(adapter.status).not.toHaveBeenCalled();
    expect(clock.sleeps).toEqual([]);
  });

  it('generate polls a pending job to done, surviving a transient read error', async () => {
    const status = vi
      .fn<ProviderAdapter['status']>()
      .mockRejectedValueOnce(new ConnectionError('reset', { retryable: true }))
      .mockResolvedValueOnce(answer('new', { status: 'done', outputs: [VIDEO_OUTPUT] }));
    const { client } = setup(fakeAdapter({ status }));
    await expect(client.generate(VIDEO)).resolves.toMatchObject({ status: 'done' });
    expect(status).toHaveBeenCalledTimes(2);
  });

  it('generate throws JobFailedError / JobExpiredError carrying the job', async () => {
    const failed = answer('new', {
      status: 'failed',
      error: { code: 'moderated', message: 'The prompt was rejected', retryable: false },
    });
    const error = (await setup(fakeAdapter({ status: statuses(failed) }))
      .client.generate(VIDEO)
      .catch((e: unknown) => e)) as JobFailedError;
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error.message).toBe('Job xai:new failed: The prompt was rejected.');
    expect(error.code).toBe('moderated');
    expect(error.job?.status).toBe('failed');
    expect(error.provider).toBe('xai');
    const expired = await setup(fakeAdapter({ status: statuses(answer('new', { status: 'expired' })) }))
      .client.generate(VIDEO)
      .catch((e: unknown) => e);
    expect(expired).toBeInstanceOf(JobExpiredError);
    expect((expired as JobExpiredError).message).toBe(
      'Job xai:new expired before it finished: The job expired at the provider.',
    );
  });

  it('generate of a job whose every output was withheld rejects with ContentPolicyError', async () => {
    const blocked = answer('new', { status: 'done', outputs: [{ ...VIDEO_OUTPUT, blocked: true }] });
    const error = await setup(fakeAdapter({ status: statuses(blocked) }))
      .client.generate(VIDEO)
      .catch((e: unknown) => e);
    expect(ContentPolicyError.isInstance(error)).toBe(true);
    expect((error as ContentPolicyError).job).toMatchObject({
      status: 'failed',
      error: { code: 'content_policy' },
    });
  });

  it('a failed job of kind content_policy rejects with ContentPolicyError whatever the provider code', async () => {
    const refused = answer('new', {
      status: 'failed',
      error: {
        code: 'content_policy_violation',
        kind: 'content_policy',
        message: 'Refused.',
        retryable: false,
      },
    });
    const error = await setup(fakeAdapter({ status: statuses(refused) }))
      .client.generate(VIDEO)
      .catch((e: unknown) => e);
    expect(ContentPolicyError.isInstance(error)).toBe(true);
    expect((error as ContentPolicyError).message).toBe(
      'Job xai:new was refused by content moderation: Refused.',
    );
  });

  it('a failed job the provider did not charge keeps no cost', async () => {
    const failed = answer('new', {
      status: 'failed',
      error: { code: 'system_error', message: 'x', retryable: true, charged: false },
    });
    const { client } = setup(fakeAdapter({ status: statuses(failed) }));
    const job = await client.submit(VIDEO);
    expect(job.cost?.basis).toBe('catalog');
    expect((await client.get(job.id)).cost).toBeUndefined();
    expect(client.ledger.spend()).toMatchObject({ usdTicks: 0, jobs: 1 });
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
      answer(id, { status: 'failed', error: { code: 'cancelled', message: 'Cancelled', retryable: false } }),
    );
    const { client } = setup(fakeAdapter({ cancel }));
    const job = await client.submit(VIDEO);
    await expect(client.cancel(job.id)).resolves.toMatchObject({ status: 'failed' });
    expect(cancel.mock.calls[0]![0]).toBe('new');
    expect(cancel.mock.calls[0]![1].type).toBe('text-to-video');
    expect(client.ledger.entryOfJob(job.id)?.job?.status).toBe('failed');
  });

  it('quote prices the normalized request from the plan without calling start', () => {
    const adapter = fakeAdapter();
    const quote = setup(adapter).client.quote({ type: 'text-to-video', prompt: 'p', duration: 6 });
    expect(quote.usdTicks).toBe(4_200_000_000);
    expect(quote.usd).toBe(0.42);
    expect(adapter.plan.mock.calls[0]![0]).toMatchObject({ resolution: '720p', duration: 6 });
    expect(() =>
      setup(adapter).client.quote({ type: 'video-edit', prompt: 'p', video: 'https://x/v.mp4' }),
    ).toThrow('xai does not support video-edit requests');
    expect(adapter.start).not.toHaveBeenCalled();
  });
});
