import { describe, expect, it, vi } from 'vitest';
import { AuthenticationError } from '../errors/authentication-error.ts';
import { NotFoundError } from '../errors/not-found-error.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import { createFakeClock } from '../testing/fake-clock.ts';
import { answer, fakeAdapter, started, statuses, VIDEO_OUTPUT } from '../../test/support/fake-adapter.ts';
import { createClient } from './create-client.ts';

const VIDEO = { type: 'text-to-video', prompt: 'p' } as const;

function setup(adapter: ProviderAdapter, options: Parameters<typeof createClient>[1] = {}) {
  const clock = createFakeClock();
  return { clock, client: createClient(adapter, { clock, random: () => 0.5, ...options }) };
}

describe('concurrent job slots', () => {
  /** A start that numbers its jobs j1, j2, … */
  function numbered() {
    let n = 0;
    return vi.fn<ProviderAdapter['start']>(async () => started(`j${++n}`));
  }

  it('holds a submit while all slots are pending, re-reading held jobs until one ends', async () => {
    const status = statuses(
      answer('j1', { status: 'pending' }),
      answer('j1', { status: 'done', outputs: [VIDEO_OUTPUT] }),
    );
    const { client, clock } = setup(fakeAdapter({ start: numbered(), status }), {
      maxConcurrentJobs: 1,
      poll: { initialIntervalMs: 1000, jitter: 0, factor: 2 },
    });
    await client.submit({ type: 'text-to-video', prompt: 'a' });
    const second = await client.submit({ type: 'text-to-video', prompt: 'b' });
    expect(second.id).toBe('xai:j2');
    expect(status.mock.calls.map((c) => c[0])).toEqual(['j1', 'j1']);
    expect(clock.sleeps).toEqual([1000, 2000]);
  });

  it('takes the limit from capabilities, and false turns it off', async () => {
    const capabilities = { ...fakeAdapter().capabilities, maxConcurrentJobs: 2 };
    const status = vi.fn<ProviderAdapter['status']>(async (id) =>
      answer(id, { status: 'done', outputs: [VIDEO_OUTPUT] }),
    );
    const { client, clock } = setup(fakeAdapter({ capabilities, start: numbered(), status }));
    await client.submit(VIDEO);
    await client.submit(VIDEO);
    const third = await client.submit(VIDEO);
    expect(third.id).toBe('xai:j3');
    // The third waited without reading; each held job was read once, by its own loop, on its schedule.
    expect(status.mock.calls.map((c) => c[0]).sort()).toEqual(['j1', 'j2']);
    expect(clock.sleeps).toEqual([2000, 2000]);
    const free = setup(fakeAdapter({ capabilities }), { maxConcurrentJobs: false });
    for (let i = 0; i < 4; i++) await free.client.submit(VIDEO);
    expect(free.clock.sleeps).toEqual([]);
  });

  it('parallel submitters never exceed the limit', async () => {
    let running = 0;
    let peak = 0;
    let n = 0;
    const start = vi.fn<ProviderAdapter['start']>(async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setImmediate(resolve));
      return started(`j${++n}`);
    });
    const status = vi.fn<ProviderAdapter['status']>(async (id) => {
      running = Math.max(0, running - 1);
      return answer(id, { status: 'done', outputs: [VIDEO_OUTPUT] });
    });
    const { client } = setup(fakeAdapter({ start, status }), { maxConcurrentJobs: 1 });
    await Promise.all([1, 2, 3].map(() => client.submit(VIDEO)));
    expect(peak).toBe(1);
    expect(start).toHaveBeenCalledTimes(3);
  });

  it('frees the slot when a submit fails, when a held job is gone, and when wait sees it end', async () => {
    const start = vi
      .fn<ProviderAdapter['start']>()
      .mockRejectedValueOnce(new AuthenticationError('bad key', { accepted: 'no' }))
      .mockResolvedValueOnce(started('a'))
      .mockResolvedValueOnce(started('b'))
      .mockResolvedValueOnce(started('c'));
    const status = vi
      .fn<ProviderAdapter['status']>()
      .mockRejectedValueOnce(new NotFoundError('gone'))
      .mockResolvedValueOnce(answer('b', { status: 'done', outputs: [VIDEO_OUTPUT] }));
    const { client, clock } = setup(fakeAdapter({ start, status }), { maxConcurrentJobs: 1 });
    await expect(client.submit(VIDEO)).rejects.toThrow('bad key');
    await client.submit(VIDEO);
    await client.submit(VIDEO);
    expect(clock.sleeps).toHaveLength(1);
    await client.wait('xai:b');
    await client.submit(VIDEO);
    expect(clock.sleeps).toHaveLength(2);
  });

  it('a non-transient read error or an abort ends the wait for a slot, accepted "no"', async () => {
    const status = vi.fn<ProviderAdapter['status']>().mockRejectedValue(new AuthenticationError('revoked'));
    const { client } = setup(fakeAdapter({ status }), { maxConcurrentJobs: 1 });
    await client.submit(VIDEO);
    await expect(client.submit(VIDEO)).rejects.toMatchObject({ message: 'revoked', accepted: 'no' });
    const controller = new AbortController();
    controller.abort();
    await expect(client.submit(VIDEO, { signal: controller.signal })).rejects.toMatchObject({
      message: 'xai: submission aborted while waiting for a job slot.',
      accepted: 'no',
    });
    expect(client.ledger.entries()).toHaveLength(1);
  });
});
