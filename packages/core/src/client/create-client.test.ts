import { describe, expect, it, vi } from 'vitest';
import { UnsupportedError } from '../errors/unsupported-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import { createFakeClock } from '../testing/fake-clock.ts';
import { IMAGE_OUTPUT, fakeAdapter, fakeCapabilities, started } from '../../test/support/fake-adapter.ts';
import { createClient } from './create-client.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function setup(adapter: ProviderAdapter, options: Parameters<typeof createClient>[1] = {}) {
  const clock = createFakeClock();
  return { clock, client: createClient(adapter, { clock, random: () => 0.5, ...options }) };
}

describe('submit', () => {
  it('plans the normalized request once and hands start the request, the plan and the context', async () => {
    const adapter = fakeAdapter();
    const { client, clock } = setup(adapter);
    const job = await client.submit({ type: 'text-to-video', prompt: ' waves ' });
    const normalized = {
      type: 'text-to-video',
      prompt: 'waves',
      duration: 6,
      aspectRatio: '16:9',
      resolution: '720p',
    };
    expect(adapter.plan).toHaveBeenCalledTimes(1);
    expect(adapter.plan).toHaveBeenCalledWith(normalized);
    expect(adapter.start).toHaveBeenCalledTimes(1);
    const [request, plan, ctx] = adapter.start.mock.calls[0]!;
    expect(request).toEqual(normalized);
    expect(plan).toBe(adapter.plan.mock.results[0]!.value);
    expect(plan.route).toBe('video');
    expect(ctx).toMatchObject({ clock, type: 'text-to-video', webhook: undefined, signal: undefined });
    expect(ctx.attempt).toEqual({ sent: false });
    expect(job).toMatchObject({
      id: 'xai:new',
      provider: 'xai',
      type: 'text-to-video',
      status: 'pending',
      createdAt: '2026-01-01T00:00:00.000Z',
      cost: { basis: 'catalog', usdTicks: 4_200_000_000, usd: 0.42 },
    });
    expect(job.submissionId).toBe(client.ledger.entries()[0]!.submissionId);
  });

  it('adds capability warnings to the answer’s own and the catalog cost when none is reported', async () => {
    const adapter = fakeAdapter({
      start: async () =>
        started('img', {
          status: 'done',
          outputs: [IMAGE_OUTPUT],
          warnings: [{ type: 'other', provider: 'xai' }],
        }),
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
      { type: 'other', provider: 'xai' },
    ]);
    expect(job.cost).toEqual({ basis: 'catalog', usdTicks: 600_000_000, usd: 0.06 });
  });

  it('keeps a reported cost it trusts', async () => {
    const adapter = fakeAdapter({
      start: async () =>
        started('a', { status: 'done', outputs: [IMAGE_OUTPUT], cost: { usdTicks: 150_000_000 } }),
    });
    const job = await setup(adapter).client.submit({ type: 'text-to-image', prompt: 'p' });
    expect(job.cost).toEqual({ basis: 'reported', usdTicks: 150_000_000, usd: 0.015 });
  });

  it('refuses bad requests, out-of-range values and unsupported types before the adapter, accepted "no"', async () => {
    const adapter = fakeAdapter();
    const { client } = setup(adapter);
    const empty = client.submit({ type: 'text-to-video', prompt: '' });
    await expect(empty).rejects.toBeInstanceOf(ValidationError);
    await expect(empty).rejects.toMatchObject({ accepted: 'no' });
    await expect(client.submit({ type: 'text-to-video', prompt: 'p', duration: 30 })).rejects.toThrow(
      'duration 30 is not supported by xai for text-to-video; allowed: 1–15 s.',
    );
    const edit = client.generate({ type: 'video-edit', prompt: 'p', video: 'https://x/v.mp4' });
    await expect(edit).rejects.toBeInstanceOf(UnsupportedError);
    await expect(edit).rejects.toMatchObject({ accepted: 'no' });
    expect(adapter.start).not.toHaveBeenCalled();
    expect(adapter.plan).not.toHaveBeenCalled();
    expect(client.ledger.entries()).toEqual([]);
  });

  it('strict mode turns an ignored field into an UnsupportedError', async () => {
    const { client } = setup(fakeAdapter(), { strict: true });
    await expect(client.submit({ type: 'text-to-image', prompt: 'p', resolution: '2k' })).rejects.toThrow(
      /ignores resolution.*strict mode/,
    );
  });

  it('a webhook on a provider without webhooks is UnsupportedError; with webhooks it reaches the adapter', async () => {
    const plain = fakeAdapter();
    const refused = setup(plain).client.submit(
      { type: 'text-to-video', prompt: 'p' },
      { webhook: { url: 'https://me/hook' } },
    );
    await expect(refused).rejects.toThrow('xai does not support webhooks; poll with wait() instead.');
    await expect(refused).rejects.toMatchObject({ accepted: 'no' });
    expect(plain.start).not.toHaveBeenCalled();
    const hooked = fakeAdapter({ capabilities: { ...fakeCapabilities, webhooks: true } });
    await setup(hooked).client.submit(
      { type: 'text-to-video', prompt: 'p' },
      { webhook: { url: 'https://me/hook' } },
    );
    expect(hooked.start.mock.calls[0]![2].webhook).toEqual({ url: 'https://me/hook' });
  });
});

describe('submit: provider defaults', () => {
  const qualityOnly = {
    ...fakeCapabilities,
    types: {
      ...fakeCapabilities.types,
      'text-to-image': { fields: { quality: { kind: 'enum' as const, values: ['quality', 'ultra'] } } },
    },
  };

  it('a default the provider lacks becomes its first allowed value, with a warning the job keeps', async () => {
    const adapter = fakeAdapter({ capabilities: qualityOnly });
    const { client } = setup(adapter);
    const prepared = client.prepare({ type: 'text-to-image', prompt: 'p' });
    expect(prepared.request).toMatchObject({ quality: 'quality' });
    expect(adapter.plan.mock.calls[0]![0]).toMatchObject({ quality: 'quality' });
    const warning = {
      type: 'other',
      field: 'quality',
      provider: 'xai',
      message:
        'quality was not set; xai does not offer the default "standard" for text-to-image, so "quality" is used (the quote prices it).',
    };
    expect(prepared.warnings).toEqual([warning]);
    const job = await client.submit({ type: 'text-to-image', prompt: 'p' });
    expect(adapter.start.mock.calls[0]![0]).toMatchObject({ quality: 'quality' });
    expect(job.warnings).toEqual([warning]);
  });

  it('a value the user set is never changed: checked as given', async () => {
    const adapter = fakeAdapter({ capabilities: qualityOnly });
    const { client } = setup(adapter);
    expect(client.prepare({ type: 'text-to-image', prompt: 'p', quality: 'quality' }).warnings).toEqual([]);
    await expect(
      client.submit({ type: 'text-to-image', prompt: 'p', quality: 'standard' }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'quality',
      value: 'standard',
      allowed: ['quality', 'ultra'],
    });
    expect(adapter.start).not.toHaveBeenCalled();
  });
});

describe('submit: media', () => {
  it('resolves bytes, URLs and files into ResolvedMedia; the ledger keeps no bytes', async () => {
    const adapter = fakeAdapter();
    const readFile = vi.fn(async () => ({ bytes: PNG, mimeType: 'image/png' }));
    const { client } = setup(adapter, { readFile });
    await client.submit({
      type: 'image-edit',
      prompt: 'p',
      images: [PNG, 'https://x/a.jpg', { path: 'cat.png' }],
    });
    expect(adapter.start.mock.calls[0]![0]).toMatchObject({
      images: [
        { kind: 'bytes', bytes: PNG, mimeType: 'image/png' },
        { kind: 'url', url: 'https://x/a.jpg' },
        { kind: 'bytes', bytes: PNG, mimeType: 'image/png' },
      ],
    });
    expect(readFile).toHaveBeenCalledWith('cat.png', { maxBytes: 20 * 1024 * 1024 });
    expect(client.ledger.entries()[0]!.request).toMatchObject({
      images: ['[bytes: 12]', 'https://x/a.jpg', { path: 'cat.png' }],
    });
  });

  it('names the field and applies the size limits, before anything is written or sent', async () => {
    const adapter = fakeAdapter();
    const { client } = setup(adapter, { maxImageBytes: 4, maxVideoBytes: 8 });
    await expect(client.submit({ type: 'image-edit', prompt: 'p', image: PNG })).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'image',
      accepted: 'no',
    });
    await expect(
      client.submit({ type: 'image-edit', prompt: 'p', images: ['https://x/a.png', PNG] }),
    ).rejects.toMatchObject({ field: 'images[1]' });
    await expect(client.submit({ type: 'video-extend', prompt: 'p', video: PNG })).rejects.toThrow(
      /too large/,
    );
    await expect(
      client.submit({ type: 'video-extend', prompt: 'p', video: { path: 'a.mp4' } }),
    ).rejects.toBeInstanceOf(UnsupportedError);
    expect(adapter.start).not.toHaveBeenCalled();
    expect(client.ledger.entries()).toEqual([]);
  });
});
