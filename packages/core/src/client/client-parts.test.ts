import { describe, expect, it } from 'vitest';
import { AuthenticationError } from '../errors/authentication-error.ts';
import { ConnectionError } from '../errors/connection-error.ts';
import { GrokImagineError } from '../errors/grok-imagine-error.ts';
import { ResponseValidationError } from '../errors/response-validation-error.ts';
import { SubmissionUncertainError } from '../errors/submission-uncertain-error.ts';
import { makeJob } from '../../test/support/fake-adapter.ts';
import { normalizeRequest } from '../request/normalize-request.ts';
import { JobMemory } from './job-memory.ts';
import { JobSlots } from './job-slots.ts';
import { toLedgerError } from './ledger-error.ts';
import { resolveRequestMedia } from './resolve-request-media.ts';
import { settleStartFailure } from './settle-start-failure.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const MP4 = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypisom'), 0, 0, 0, 0]);

describe('JobMemory', () => {
  it('forgets the oldest jobs beyond its limit; a re-set job counts as new', () => {
    const memory = new JobMemory(2);
    const at = '2026-01-01T00:00:00.000Z';
    memory.set('a', { createdAt: at });
    memory.set('b', { createdAt: at });
    memory.set('a', { createdAt: at, type: 'text-to-image' });
    memory.set('c', { createdAt: at, last: makeJob('c') });
    expect(memory.get('b')).toBeUndefined();
    expect(memory.get('a')?.type).toBe('text-to-image');
    expect(memory.get('c')?.last?.id).toBe('xai:c');
  });
});

describe('settleStartFailure', () => {
  it('keeps the verdict the HTTP layer set', () => {
    const refused = new AuthenticationError('401', { provider: 'xai', accepted: 'no' });
    expect(settleStartFailure(refused, true, 'xai')).toEqual({ acceptance: 'no', error: refused });
    const uncertain = new SubmissionUncertainError('lost', { provider: 'xai' });
    expect(settleStartFailure(uncertain, false, 'xai')).toEqual({ acceptance: 'unknown', error: uncertain });
  });

  it('without a verdict: sent is unknown (wrapped, cause kept), not sent is no', () => {
    const mapping = new ResponseValidationError('xai: bad answer', { provider: 'xai', rawText: '{}' });
    const sent = settleStartFailure(mapping, true, 'xai');
    expect(sent.acceptance).toBe('unknown');
    expect(SubmissionUncertainError.isInstance(sent.error)).toBe(true);
    expect(sent.error.message).toBe(
      'xai: the job-creating request was sent but its answer could not be used (xai: bad answer); the job may exist and be charged. Not sent again automatically.',
    );
    expect(sent.error.cause).toBe(mapping);
    const upload = settleStartFailure(new TypeError('upload failed'), false, 'xai');
    expect(upload.acceptance).toBe('no');
    expect(upload.error).toMatchObject({ name: 'GrokImagineError', code: 'submit_failed', accepted: 'no' });
    expect(GrokImagineError.isInstance(upload.error)).toBe(true);
  });
});

describe('toLedgerError', () => {
  it('keeps plain data only: no cause, no stack', () => {
    const error = new ConnectionError('reset', {
      provider: 'xai',
      code: 'ECONNRESET',
      cause: new Error('key sk-1'),
    });
    expect(toLedgerError(error)).toEqual({
      name: 'ConnectionError',
      kind: 'connection',
      message: 'reset',
      code: 'ECONNRESET',
      status: undefined,
    });
    expect(toLedgerError('boom')).toEqual({ name: 'Error', kind: 'sdk', message: 'boom' });
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
