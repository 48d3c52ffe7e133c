import { describe, expect, it } from 'vitest';
import { AuthenticationError } from '../errors/authentication-error.ts';
import { BudgetExceededError } from '../errors/budget-exceeded-error.ts';
import { ConnectionError } from '../errors/connection-error.ts';
import { GrokImagineError } from '../errors/grok-imagine-error.ts';
import { SubmissionUncertainError } from '../errors/submission-uncertain-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { Ledger } from '../ledger/ledger.ts';
import { ledgerJob } from '../ledger/ledger-request.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import { createFakeClock } from '../testing/fake-clock.ts';
import { fakeAdapter, started } from '../../test/support/fake-adapter.ts';
import { RecordingStore } from '../../test/support/recording-store.ts';
import { createClient } from './create-client.ts';

const VIDEO = { type: 'text-to-video', prompt: 'p' } as const;

function setup(adapter: ProviderAdapter, options: Parameters<typeof createClient>[1] = {}) {
  const clock = createFakeClock();
  const store = new RecordingStore();
  const ledger = new Ledger({ store, clock });
  return {
    clock,
    store,
    ledger,
    client: createClient(adapter, { clock, random: () => 0.5, ledger, ...options }),
  };
}

async function rejected(promise: Promise<unknown>): Promise<GrokImagineError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(GrokImagineError.isInstance(error), `expected an SDK error, got ${String(error)}`).toBe(true);
  return error as GrokImagineError;
}

describe('submit: the write-ahead ledger', () => {
  it('writes the intent durably before start is called, then the accepted job', async () => {
    const log: string[] = [];
    const store = new RecordingStore(log);
    const adapter = fakeAdapter({
      start: async () => {
        log.push('start');
        return started('new');
      },
    });
    const clock = createFakeClock();
    const client = createClient(adapter, { clock, ledger: new Ledger({ store, clock }) });
    const job = await client.submit(VIDEO);
    expect(log).toEqual(['append intent durable', 'start', 'append accepted durable']);
    const [intent] = store.events();
    expect(intent).toMatchObject({
      event: 'intent',
      intent: { provider: 'xai', type: 'text-to-video', route: 'video', quote: { usdTicks: 4_200_000_000 } },
    });
    expect(job.submissionId).toBe(intent?.event === 'intent' ? intent.intent.submissionId : undefined);
  });

  it('an accepted submission is recorded with its job, found by job id', async () => {
    const { client, ledger } = setup(fakeAdapter());
    const job = await client.submit(VIDEO, { key: 'item-1', callId: 'call-1' });
    const entry = ledger.entryOfJob(job.id);
    expect(entry).toMatchObject({ state: 'accepted', jobId: 'xai:new', key: 'item-1', callId: 'call-1' });
    expect(entry?.job).toEqual(ledgerJob(job));
    expect(ledger.spend()).toMatchObject({ usdTicks: 4_200_000_000, jobs: 1 });
  });

  it('a start error with accepted "no" is recorded refused and rethrown as it was', async () => {
    const refusal = new AuthenticationError('xai 401: bad key', {
      provider: 'xai',
      status: 401,
      accepted: 'no',
    });
    const adapter = fakeAdapter({ start: async () => Promise.reject(refusal) });
    const { client, ledger } = setup(adapter);
    const error = await rejected(client.submit(VIDEO));
    expect(error).toBe(refusal);
    expect(error.accepted).toBe('no');
    expect(ledger.entries()[0]).toMatchObject({
      state: 'refused',
      error: { name: 'AuthenticationError', kind: 'authentication', status: 401 },
    });
    expect(ledger.spend()).toMatchObject({ usdTicks: 0, jobs: 0 });
  });

  it('an error after the request was sent is recorded uncertain: SubmissionUncertainError with id and request', async () => {
    const adapter = fakeAdapter({
      start: async (_request, _plan, ctx) => {
        ctx.attempt.sent = true;
        throw new ConnectionError('xai: socket hang up', { provider: 'xai' });
      },
    });
    const { client, ledger } = setup(adapter);
    const error = await rejected(client.submit(VIDEO));
    expect(SubmissionUncertainError.isInstance(error)).toBe(true);
    const uncertain = error as SubmissionUncertainError;
    const entry = ledger.entries()[0]!;
    expect(entry.state).toBe('uncertain');
    expect(uncertain).toMatchObject({
      accepted: 'unknown',
      provider: 'xai',
      submissionId: entry.submissionId,
    });
    expect(uncertain.request).toEqual(entry.request);
    expect(uncertain.request).toMatchObject({ type: 'text-to-video', prompt: 'p', duration: 6 });
    expect(uncertain.message).toContain('socket hang up');
    expect(ledger.unresolved()).toEqual([entry]);
    expect(ledger.spend()).toMatchObject({ usdTicks: 4_200_000_000, jobs: 1 });
  });

  it('an error before the request was sent (a failed upload) is refused with accepted "no"', async () => {
    const adapter = fakeAdapter({
      start: async () => Promise.reject(new Error('upload of image failed: 413')),
    });
    const { client, ledger } = setup(adapter);
    const error = await rejected(client.submit(VIDEO));
    expect(error.accepted).toBe('no');
    expect(error.message).toBe(
      'xai: the submission failed before anything was sent: upload of image failed: 413',
    );
    expect(ledger.entries()[0]!.state).toBe('refused');
  });

  it('a provider job id that cannot be used is uncertain, not accepted', async () => {
    const adapter = fakeAdapter({ start: async () => started('../../admin') });
    const { client, ledger } = setup(adapter);
    const error = await rejected(client.submit(VIDEO));
    expect(SubmissionUncertainError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/its id cannot be used: it holds characters other than/);
    expect(ledger.entries()[0]).toMatchObject({ state: 'uncertain', error: { code: 'bad_job_id' } });
    expect(ledger.ownsJob('xai:../../admin')).toBe(false);
  });

  it('a ledger that cannot record the accepted job gives SubmissionUncertainError naming the job id', async () => {
    const { client, store } = setup(fakeAdapter());
    store.failOn = 'accepted';
    const error = await rejected(client.submit(VIDEO));
    expect(SubmissionUncertainError.isInstance(error)).toBe(true);
    expect(error.message).toBe(
      'xai accepted job xai:new, but the ledger could not record it; keep this id to wait on it.',
    );
    expect(error).toMatchObject({ requestId: 'xai:new', candidates: ['xai:new'], accepted: 'unknown' });
  });

  it('admit() refusing writes nothing, sends nothing, and says accepted "no"', async () => {
    const adapter = fakeAdapter();
    const budget = new BudgetExceededError('over budget', { limit: 'maxUsdTotal' });
    const { client, store } = setup(adapter, {
      admit: () => {
        throw budget;
      },
    });
    const error = await rejected(client.submit(VIDEO));
    expect(error).toBe(budget);
    expect(error.accepted).toBe('no');
    expect(store.events()).toEqual([]);
    expect(adapter.start).not.toHaveBeenCalled();
  });

  it('admit() sees the prepared request and the ledger before the intent', async () => {
    const seen: number[] = [];
    const { client } = setup(fakeAdapter(), {
      admit: (prepared, ledger) =>
        void seen.push(prepared.plan.quote.usdTicks ?? -1, ledger.entries().length),
    });
    await client.submit(VIDEO);
    await client.submit(VIDEO);
    expect(seen).toEqual([4_200_000_000, 0, 4_200_000_000, 1]);
  });
});

describe('submit: idempotency keys', () => {
  it('a key already accepted returns the same job without sending', async () => {
    const adapter = fakeAdapter();
    const { client } = setup(adapter);
    const first = await client.submit(VIDEO, { key: 'k' });
    const again = await client.submit(VIDEO, { key: 'k' });
    expect(again.id).toBe(first.id);
    expect(adapter.start).toHaveBeenCalledTimes(1);
  });

  it('a key whose submission is uncertain throws SubmissionUncertainError and does not send', async () => {
    const adapter = fakeAdapter({
      start: async (_r, _p, ctx) => {
        ctx.attempt.sent = true;
        throw new ConnectionError('reset', { provider: 'xai' });
      },
    });
    const { client, ledger } = setup(adapter);
    await rejected(client.submit(VIDEO, { key: 'k' }));
    const error = await rejected(client.submit(VIDEO, { key: 'k' }));
    expect(SubmissionUncertainError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(
      /A submission with key "k" \(.+\) is uncertain on xai; it is not sent again/,
    );
    expect((error as SubmissionUncertainError).submissionId).toBe(ledger.entries()[0]!.submissionId);
    expect(adapter.start).toHaveBeenCalledTimes(1);
    expect(ledger.entries()).toHaveLength(1);
  });

  it('a key whose submission was refused submits again', async () => {
    const adapter = fakeAdapter({
      start: async () => Promise.reject(new ValidationError('bad', { field: 'prompt', accepted: 'no' })),
    });
    const { client, ledger } = setup(adapter);
    await rejected(client.submit(VIDEO, { key: 'k' }));
    adapter.start.mockImplementation(async () => started('second'));
    const job = await client.submit(VIDEO, { key: 'k' });
    expect(job.id).toBe('xai:second');
    expect(adapter.start).toHaveBeenCalledTimes(2);
    expect(ledger.entries().map((entry) => entry.state)).toEqual(['refused', 'accepted']);
  });
});

describe('submit: idempotency keys under concurrency', () => {
  it('two concurrent submits with one key send once', async () => {
    const adapter = fakeAdapter();
    const { client } = setup(adapter);
    const results = await Promise.allSettled([
      client.submit(VIDEO, { key: 'k' }),
      client.submit(VIDEO, { key: 'k' }),
    ]);
    expect(adapter.start).toHaveBeenCalledTimes(1);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });
});
