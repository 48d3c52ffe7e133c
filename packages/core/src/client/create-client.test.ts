import { describe, expect, it, vi } from 'vitest';
import { ContentPolicyError } from '../errors/content-policy-error.ts';
import { SubmissionUncertainError } from '../errors/submission-uncertain-error.ts';
import { UnsupportedError } from '../errors/unsupported-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import type { Job } from '../job/job.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import { createFakeClock } from '../testing/fake-clock.ts';
import { createClient } from './create-client.ts';
import { fakeAdapter, fakeCapabilities, makeJob } from '../../test/support/fake-adapter.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function setup(adapter: ProviderAdapter, options: Parameters<typeof createClient>[1] = {}) {
  const clock = createFakeClock();
  return { clock, client: createClient(adapter, { clock, random: () => 0.5, ...options }) };
}

describe('submit', () => {
  it('hands the adapter a normalized request with defaults and the submit context', async () => {
    const adapter = fakeAdapter();
    const { client, clock } = setup(adapter);
    await client.submit({ type: 'text-to-video', prompt: ' waves ' });
    expect(adapter.submit).toHaveBeenCalledTimes(1);
    const [request, ctx] = adapter.submit.mock.calls[0]!;
    expect(request).toEqual({
      type: 'text-to-video',
      prompt: 'waves',
      duration: 6,
      aspectRatio: '16:9',
      resolution: '720p',
    });
    expect(ctx).toMatchObject({ clock, type: 'text-to-video', webhook: undefined, signal: undefined });
    expect(adapter.quote).toHaveBeenCalledWith(request);
  });

  it('adds capability warnings and the catalog cost when the provider reports none', async () => {
    const adapter = fakeAdapter({
      submit: vi.fn(async () =>
        makeJob('img', {
          type: 'text-to-image',
          status: 'done',
          warnings: [{ type: 'moderated', provider: 'xai' }],
        }),
      ),
    });
    const { client } = setup(adapter);
    const job = await client.submit({ type: 'text-to-image', prompt: 'p', n: 3, resolution: '2k' });
    expect(job.warnings).toEqual([
      {
        type: 'unsupported',
        field: 'resolution',
        provider: 'xai',
        message: 'xai ignores resolution for text-to-image: fixed size.',
      },
      { type: 'moderated', provider: 'xai' },
    ]);
    expect(job.cost).toEqual({ basis: 'catalog', usdTicks: 600_000_000, usd: 0.06 });
  });

  it('keeps a reported cost', async () => {
    const reported = { basis: 'reported' as const, usdTicks: 123, usd: 1.23e-8 };
    const adapter = fakeAdapter({ submit: vi.fn(async () => makeJob('a', { cost: reported })) });
    const { client } = setup(adapter);
    expect((await client.submit({ type: 'text-to-video', prompt: 'p' })).cost).toEqual(reported);
  });

  it('awaits onSubmitted with the job, the original request and the quote before returning', async () => {
    const order: string[] = [];
    const adapter = fakeAdapter();
    const request = { type: 'text-to-video' as const, prompt: 'p', duration: 10 };
    const onSubmitted = vi.fn(async (job: Job) => {
      await new Promise((resolve) => setImmediate(resolve));
      order.push(`journaled ${job.id}`);
    });
    const { client } = setup(adapter, { onSubmitted });
    const job = await client.submit(request);
    order.push('returned');
    expect(order).toEqual(['journaled xai:new', 'returned']);
    const [, context] = onSubmitted.mock.calls[0]! as unknown as [
      Job,
      { request: unknown; quote: { usdTicks: number } },
    ];
    expect(context.request).toBe(request);
    expect(context.quote.usdTicks).toBe(7_000_000_000);
    expect(job.id).toBe('xai:new');
  });

  it('refuses bad requests, out-of-range values and unsupported types before the adapter', async () => {
    const adapter = fakeAdapter();
    const { client } = setup(adapter);
    await expect(client.submit({ type: 'text-to-video', prompt: '' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(client.submit({ type: 'text-to-video', prompt: 'p', duration: 30 })).rejects.toThrow(
      'duration 30 is not supported by xai for text-to-video; allowed: 1–15 s.',
    );
    await expect(
      client.submit({ type: 'video-edit', prompt: 'p', video: 'https://x/v.mp4' }),
    ).rejects.toBeInstanceOf(UnsupportedError);
    expect(adapter.submit).not.toHaveBeenCalled();
    expect(adapter.quote).not.toHaveBeenCalled();
  });

  it('strict mode turns an ignored field into an UnsupportedError', async () => {
    const { client } = setup(fakeAdapter(), { strict: true });
    await expect(client.submit({ type: 'text-to-image', prompt: 'p', resolution: '2k' })).rejects.toThrow(
      /ignores resolution.*strict mode/,
    );
  });

  it('a webhook on a provider without webhooks is UnsupportedError; with webhooks it reaches the adapter', async () => {
    const plain = fakeAdapter();
    await expect(
      setup(plain).client.submit(
        { type: 'text-to-video', prompt: 'p' },
        { webhook: { url: 'https://me/hook' } },
      ),
    ).rejects.toThrow('xai does not support webhooks; poll with wait() instead.');
    expect(plain.submit).not.toHaveBeenCalled();
    const hooked = fakeAdapter({ capabilities: { ...fakeCapabilities, webhooks: true } });
    await setup(hooked).client.submit(
      { type: 'text-to-video', prompt: 'p' },
      { webhook: { url: 'https://me/hook' } },
    );
    expect(hooked.submit.mock.calls[0]![1].webhook).toEqual({ url: 'https://me/hook' });
  });
});

describe('submit: media', () => {
  it('resolves bytes, URLs and files into ResolvedMedia', async () => {
    const adapter = fakeAdapter();
    const readFile = vi.fn(async () => ({ bytes: PNG, mimeType: 'image/png' }));
    const { client } = setup(adapter, { readFile });
    await client.submit({
      type: 'image-edit',
      prompt: 'p',
      images: [PNG, 'https://x/a.jpg', { path: 'cat.png' }],
    });
    expect(adapter.submit.mock.calls[0]![0]).toMatchObject({
      images: [
        { kind: 'bytes', bytes: PNG, mimeType: 'image/png' },
        { kind: 'url', url: 'https://x/a.jpg' },
        { kind: 'bytes', bytes: PNG, mimeType: 'image/png' },
      ],
    });
    expect(readFile).toHaveBeenCalledWith('cat.png', { maxBytes: 20 * 1024 * 1024 });
  });

  it('names the field and applies the size limits', async () => {
    const adapter = fakeAdapter();
    const { client } = setup(adapter, { maxImageBytes: 4, maxVideoBytes: 8 });
    await expect(client.submit({ type: 'image-edit', prompt: 'p', image: PNG })).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'image',
    });
    await expect(
      client.submit({ type: 'image-edit', prompt: 'p', images: ['https://x/a.png', PNG] }),
    ).rejects.toMatchObject({
      field: 'images[1]',
    });
    await expect(client.submit({ type: 'video-extend', prompt: 'p', video: PNG })).rejects.toThrow(
      /too large/,
    );
    await expect(
      client.submit({ type: 'video-extend', prompt: 'p', video: { path: 'a.mp4' } }),
    ).rejects.toBeInstanceOf(UnsupportedError);
    expect(adapter.submit).not.toHaveBeenCalled();
  });
});

describe('submit: lost answers', () => {
  const lost = () => new SubmissionUncertainError('answer lost', { provider: 'xai' });

  it('returns the job reconcileSubmission finds, with a warning saying so', async () => {
    const found = makeJob('found');
    const reconcileSubmission = vi.fn<NonNullable<ProviderAdapter['reconcileSubmission']>>(async () => found);
    const adapter = fakeAdapter({ submit: vi.fn(async () => Promise.reject(lost())), reconcileSubmission });
    const { client, clock } = setup(adapter);
    const submittedAt = clock.now();
    const job = await client.submit({ type: 'text-to-video', prompt: 'p' });
    expect(job.id).toBe('xai:found');
    expect(job.warnings).toContainEqual(expect.objectContaining({ type: 'other', provider: 'xai' }));
    expect(reconcileSubmission.mock.calls[0]![1]).toBe(submittedAt);
  });

  it('rethrows SubmissionUncertainError when nothing is found, the search fails, or it cannot search', async () => {
    for (const reconcileSubmission of [
      vi.fn(async () => undefined),
      vi.fn(async () => Promise.reject(new Error('x'))),
      undefined,
    ]) {
      const error = lost();
      const adapter = fakeAdapter({ submit: vi.fn(async () => Promise.reject(error)), reconcileSubmission });
      await expect(setup(adapter).client.submit({ type: 'text-to-video', prompt: 'p' })).rejects.toBe(error);
    }
  });

  it('does not reconcile other errors', async () => {
    const reconcileSubmission = vi.fn(async () => makeJob('x'));
    const refused = new ContentPolicyError('no', { provider: 'xai' });
    const adapter = fakeAdapter({ submit: vi.fn(async () => Promise.reject(refused)), reconcileSubmission });
    await expect(setup(adapter).client.submit({ type: 'text-to-video', prompt: 'p' })).rejects.toBe(refused);
    expect(reconcileSubmission).not.toHaveBeenCalled();
  });
});
