import { describe, expect, it, vi } from 'vitest';
import { ConnectionError } from '../errors/connection-error.ts';
import { SubmissionUncertainError } from '../errors/submission-uncertain-error.ts';
import { Ledger } from '../ledger/ledger.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import type { ReconcileQuery } from '../provider/reconcile.ts';
import { createFakeClock } from '../testing/fake-clock.ts';
import { VIDEO_OUTPUT, fakeAdapter, started } from '../../test/support/fake-adapter.ts';
import { createClient } from './create-client.ts';

const VIDEO = { type: 'text-to-video', prompt: 'a cat' } as const;

/** A start that sends and then loses the answer (a reset after sending). */
const lostAnswer: ProviderAdapter['start'] = async (_request, _plan, ctx) => {
  ctx.attempt.sent = true;
  throw new ConnectionError('xai: socket hang up', { provider: 'xai' });
};

function setup(reconcile: ProviderAdapter['reconcile'], start: ProviderAdapter['start'] = lostAnswer) {
  const clock = createFakeClock();
  const adapter = fakeAdapter({ start, ...(reconcile ? { reconcile: vi.fn(reconcile) } : {}) });
  const ledger = new Ledger({ clock });
  return { adapter, ledger, clock, client: createClient(adapter, { clock, random: () => 0.5, ledger }) };
}

async function uncertainOf(promise: Promise<unknown>): Promise<SubmissionUncertainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(
    SubmissionUncertainError.isInstance(error),
    `expected SubmissionUncertainError, got ${String(error)}`,
  ).toBe(true);
  return error as SubmissionUncertainError;
}

describe('submit: a lost answer is reconciled where the adapter can', () => {
  it('found: returns the job with a reconciled warning, recorded accepted', async () => {
    const { client, ledger, adapter, clock } = setup(async () => ({
      outcome: 'found',
      job: started('found-1', { createdAt: '2026-01-01T00:00:01.000Z' }),
    }));
    const submittedAt = clock.now();
    const job = await client.submit(VIDEO);
    expect(job.id).toBe('xai:found-1');
    expect(job.createdAt).toBe('2026-01-01T00:00:01.000Z');
    expect(job.warnings).toContainEqual(expect.objectContaining({ type: 'reconciled', provider: 'xai' }));
    const entry = ledger.entries()[0]!;
    expect(entry).toMatchObject({ state: 'accepted', jobId: 'xai:found-1' });
    expect(job.submissionId).toBe(entry.submissionId);
    const [query, ctx] = (adapter.reconcile as ReturnType<typeof vi.fn>).mock.calls[0]! as [
      ReconcileQuery,
      { type: string },
    ];
    expect(query).toMatchObject({ request: entry.request, route: 'video', submittedAt });
    expect(ctx.type).toBe('text-to-video');
  });

  it('ambiguous: SubmissionUncertainError with both candidates, entry uncertain with them', async () => {
    const { client, ledger } = setup(async () => ({ outcome: 'ambiguous', candidates: ['a', 'b'] }));
    const error = await uncertainOf(client.submit(VIDEO));
    expect(error.candidates).toEqual(['xai:a', 'xai:b']);
    expect(ledger.entries()[0]).toMatchObject({ state: 'uncertain', candidates: ['xai:a', 'xai:b'] });
    expect(error.submissionId).toBe(ledger.entries()[0]!.submissionId);
  });

  it('none, a failing search, or no reconcile at all: SubmissionUncertainError, entry uncertain', async () => {
    for (const reconcile of [
      async () => ({ outcome: 'none' as const }),
      async () => Promise.reject(new ConnectionError('list failed')),
      undefined,
    ]) {
      const { client, ledger } = setup(reconcile);
      const error = await uncertainOf(client.submit(VIDEO));
      expect(error.candidates).toEqual([]);
      expect(error.message).toContain('socket hang up');
      expect(ledger.entries()[0]!.state).toBe('uncertain');
    }
  });

  it('a refusal is never reconciled', async () => {
    const reconcile = vi.fn(async () => ({ outcome: 'none' as const }));
    const { client } = setup(reconcile, async () =>
      Promise.reject(new ConnectionError('refused', { accepted: 'no' })),
    );
    await expect(client.submit(VIDEO)).rejects.toMatchObject({ accepted: 'no' });
    expect(reconcile).not.toHaveBeenCalled();
  });
});

describe('client.reconcile(submissionId)', () => {
  it('tells reconcile which jobs other entries own, and records what it finds', async () => {
    let owned: ((id: string) => boolean) | undefined;
    const { client, ledger, adapter } = setup(async (query) => {
      owned = query.isOwned;
      return { outcome: 'none' };
    });
    await uncertainOf(client.submit(VIDEO));
    adapter.start.mockImplementation(async () => started('other'));
    await client.submit(VIDEO);
    const uncertain = ledger.unresolved()[0]!;
    expect(await client.reconcile(uncertain.submissionId)).toEqual({
      outcome: 'none',
      reason: 'no job of the provider matches it by evidence',
    });
    expect(owned?.('other')).toBe(true);
    expect(owned?.('unknown')).toBe(false);
    (adapter.reconcile as ReturnType<typeof vi.fn>).mockResolvedValueOnce({
      outcome: 'found',
      job: { providerJobId: 'late', status: 'done', outputs: [VIDEO_OUTPUT] },
    });
    const found = await client.reconcile(uncertain.submissionId);
    expect(found).toMatchObject({ outcome: 'found', job: { id: 'xai:late', status: 'done' } });
    expect(ledger.entry(uncertain.submissionId)).toMatchObject({ state: 'accepted', jobId: 'xai:late' });
    expect(ledger.unresolved()).toEqual([]);
    // Found already: answered from the ledger, no search.
    expect(await client.reconcile(uncertain.submissionId)).toMatchObject({
      outcome: 'found',
      job: { id: 'xai:late' },
    });
    expect(adapter.reconcile).toHaveBeenCalledTimes(3);
  });

  it('a found job another entry already owns is never taken: the entry stays uncertain', async () => {
    const { client, ledger, adapter } = setup(async () => ({ outcome: 'none' }));
    await uncertainOf(client.submit(VIDEO));
    adapter.start.mockImplementation(async () => started('taken'));
    await client.submit(VIDEO);
    const uncertain = ledger.unresolved()[0]!;
    (adapter.reconcile as ReturnType<typeof vi.fn>).mockResolvedValueOnce({
      outcome: 'found',
      job: started('taken'),
    });
    expect(await client.reconcile(uncertain.submissionId)).toMatchObject({ outcome: 'none' });
    expect(ledger.entry(uncertain.submissionId)?.state).toBe('uncertain');
  });

  it('a refused entry is none; an unknown id is a ValidationError naming submissionId', async () => {
    const { client, ledger } = setup(undefined, async () =>
      Promise.reject(new ConnectionError('refused', { accepted: 'no' })),
    );
    await expect(client.submit(VIDEO)).rejects.toMatchObject({ accepted: 'no' });
    expect(await client.reconcile(ledger.entries()[0]!.submissionId)).toEqual({
      outcome: 'none',
      reason: 'it was refused: nothing was created',
    });
    await expect(client.reconcile('nope')).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'submissionId',
    });
  });
});
