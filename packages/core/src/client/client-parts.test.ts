import { describe, expect, it } from 'vitest';
import { makeJob } from '../../test/support/fake-adapter.ts';
import { normalizeRequest } from '../request/normalize-request.ts';
import { enrichJob, JobMemory } from './job-memory.ts';
import { JobSlots } from './job-slots.ts';
import { resolveRequestMedia } from './resolve-request-media.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const MP4 = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypisom'), 0, 0, 0, 0]);

describe('JobMemory', () => {
  it('forgets the oldest jobs beyond its limit; a re-set job counts as new', () => {
    const memory = new JobMemory(2);
    memory.set('a', { warnings: [] });
    memory.set('b', { warnings: [] });
    memory.set('a', { warnings: [], type: 'text-to-image' });
    memory.set('c', { warnings: [] });
    expect(memory.get('b')).toBeUndefined();
    expect(memory.get('a')?.type).toBe('text-to-image');
    expect(memory.get('c')).toBeDefined();
  });

  it('enrichJob adds remembered warnings once and the catalog cost when none is reported', () => {
    const warning = { type: 'unsupported' as const, field: 'resolution', provider: 'xai' as const };
    const catalogCost = { basis: 'catalog' as const, usdTicks: 5 };
    expect(enrichJob(makeJob('a'), undefined)).toEqual(makeJob('a'));
    const job = enrichJob(makeJob('a', { warnings: [warning] }), { warnings: [warning], catalogCost });
    expect(job.warnings).toEqual([warning]);
    expect(job.cost).toEqual(catalogCost);
    const reported = { basis: 'reported' as const, usdTicks: 7 };
    expect(enrichJob(makeJob('a', { cost: reported }), { warnings: [], catalogCost }).cost).toBe(reported);
  });
});

describe('JobSlots', () => {
  it('counts reservations and held jobs against the limit', () => {
    const slots = new JobSlots(2);
    expect(slots.tryReserve()).toBe(true);
    slots.hold('a');
    expect(slots.inUse).toBe(2);
    expect(slots.tryReserve()).toBe(false);
    slots.unreserve();
    slots.unreserve();
    expect(slots.inUse).toBe(1);
    slots.release('a');
    slots.release('a');
    expect(slots.heldIds()).toEqual([]);
    const unlimited = new JobSlots(undefined);
    for (let i = 0; i < 100; i++) expect(unlimited.tryReserve()).toBe(true);
  });

  it('nextChange resolves on the next change and rejects on abort', async () => {
    const slots = new JobSlots(1);
    const change = slots.nextChange();
    slots.hold('a');
    await expect(change).resolves.toBeUndefined();
    const aborted = new AbortController();
    aborted.abort('gone');
    await expect(slots.nextChange(aborted.signal)).rejects.toBe('gone');
    const later = new AbortController();
    const waiting = slots.nextChange(later.signal);
    later.abort('late');
    await expect(waiting).rejects.toBe('late');
    slots.release('a');
  });
});

describe('resolveRequestMedia', () => {
  it('resolves the media field of every media-taking type, naming each field', async () => {
    const i2v = await resolveRequestMedia(
      normalizeRequest({ type: 'image-to-video', prompt: 'p', image: PNG }).request,
    );
    expect(i2v).toMatchObject({ image: { kind: 'bytes', mimeType: 'image/png' } });
    const refs = await resolveRequestMedia(
      normalizeRequest({ type: 'reference-to-video', prompt: 'p', references: ['https://x/a.png', PNG] })
        .request,
    );
    expect(refs).toMatchObject({ references: [{ kind: 'url' }, { kind: 'bytes' }] });
    const edit = await resolveRequestMedia(
      normalizeRequest({ type: 'video-edit', prompt: 'p', video: MP4 }).request,
    );
    expect(edit).toMatchObject({ video: { kind: 'bytes', mimeType: 'video/mp4' } });
    const text = normalizeRequest({ type: 'text-to-image', prompt: 'p' }).request;
    expect(await resolveRequestMedia(text)).toBe(text);
    await expect(
      resolveRequestMedia(
        normalizeRequest({ type: 'reference-to-video', prompt: 'p', references: [PNG, MP4] }).request,
      ),
    ).rejects.toMatchObject({ field: 'references[1]' });
    await expect(
      resolveRequestMedia(normalizeRequest({ type: 'image-to-video', prompt: 'p', image: MP4 }).request),
    ).rejects.toMatchObject({ field: 'image' });
  });
});
