import { createClient, type ReconcileQuery, SubmissionUncertainError } from '@grok-imagine/core';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API, setup, T2I, T2V, vydra } from './__fixtures__/harness.ts';
import jobsList from './__fixtures__/jobs-list.json' with { type: 'json' };
import videoPending from './__fixtures__/submit-video-202.json' with { type: 'json' };
import { socketError } from '@grok-imagine/core/testing';

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

const SUBMITTED_AT = Date.parse('2026-01-01T00:00:00.000Z');
const SECOND = (s: number) => new Date(SUBMITTED_AT + s * 1000).toISOString();

function listJobs(data: unknown[], offset = 0) {
  return vydra()
    .get(`${API}/jobs`)
    .query({ limit: '100', offset: String(offset) })
    .reply(200, { data });
}

/** The query core makes from a ledger entry: the request as recorded, the intent time, ownership. */
function query(request: object, owned: string[] = [], submittedAt = SUBMITTED_AT): ReconcileQuery {
  return { request: request as ReconcileQuery['request'], submittedAt, isOwned: (id) => owned.includes(id) };
}

/** A Grok Imagine job as a list item that echoes its input (Vydra's documented list shows none). */
function listed(id: string, input: Record<string, unknown>, createdAt = SECOND(2)) {
  return {
    id,
    status: 'running',
    workflowSlug: 'grok-imagine-generate',
    creditsCharged: 150,
    createdAt,
    input,
  };
}

const lostVideo = listed('job_lost', {
  model: 'text-to-video',
  prompt: T2V.prompt,
  aspect_ratio: '16:9',
  duration: 6,
});

describe('issue 11 repro: a lost image answer must not claim another call’s video', () => {
  it('generate a video "A cat", then an image "A dog" whose answer is lost → uncertain, never the cat job', async () => {
    const { adapter, clock } = setup();
    const client = createClient(adapter, { clock });
    vydra()
      .post(`${API}/models/grok-imagine`, {
        model: 'text-to-video',
        prompt: 'A cat',
        aspect_ratio: '16:9',
        duration: 6,
      })
      .reply(202, { jobId: 'job_cat', status: 'pending', creditsCharged: 150 });
    const cat = await client.submit({ type: 'text-to-video', prompt: 'A cat' });
    expect(cat.id).toBe('vydra:job_cat');

    vydra()
      .post(`${API}/models/grok-imagine`, { model: 'text-to-image', prompt: 'A dog', aspect_ratio: '1:1' })
      .replyWithError(socketError('ECONNRESET', 'socket hang up'));
    // The list shows the cat job as Vydra documents list items: no input, so no evidence of anything.
    listJobs([
      {
        id: 'job_cat',
        status: 'running',
        workflowSlug: 'grok-imagine-generate',
        creditsCharged: 150,
        createdAt: SECOND(0),
      },
    ]);
    const error = await client.submit({ type: 'text-to-image', prompt: 'A dog' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SubmissionUncertainError);
    expect(error).toMatchObject({ accepted: 'unknown', candidates: [] });
  });

  it('even when the cat job echoes its input, it is owned and of another type: none', async () => {
    const { adapter, ctx } = setup();
    listJobs([listed('job_cat', { model: 'text-to-video', prompt: 'A cat' }, SECOND(0))]);
    const dog = { ...T2I, prompt: 'A dog' };
    expect(await adapter.reconcile(query(dog, ['job_cat']), ctx)).toEqual({ outcome: 'none' });
  });
});

describe('reconcile by evidence', () => {
  it('match: same sub-model, prompt, ratio and duration, created after the intent → found, mapped', async () => {
    const { adapter, ctx } = setup();
    listJobs(jobsList.data);
    expect(await adapter.reconcile(query(T2V), ctx)).toEqual({
      outcome: 'found',
      job: {
        providerJobId: 'job_lost',
        status: 'pending',
        phase: 'queued',
        progress: 0,
        type: 'text-to-video',
        createdAt: '2026-01-01T00:00:01.000Z',
        cost: { credits: 150 },
        raw: jobsList.data[1],
      },
    });
  });

  it('no evidence: a job that shows no input (as Vydra documents its list) is never a match, even alone', async () => {
    const { adapter, ctx } = setup();
    const { input: _input, ...bare } = lostVideo;
    listJobs([bare]);
    expect(await adapter.reconcile(query(T2V), ctx)).toEqual({ outcome: 'none' });
  });

  it('no evidence: a job showing the prompt but not the sub-model is not a match', async () => {
    const { adapter, ctx } = setup();
    listJobs([listed('job_a', { prompt: T2V.prompt })]);
    expect(await adapter.reconcile(query(T2V), ctx)).toEqual({ outcome: 'none' });
  });

  it('ambiguous: two unowned jobs match → both ids, none claimed', async () => {
    const { adapter, ctx } = setup();
    listJobs([lostVideo, { ...lostVideo, id: 'job_twin', createdAt: SECOND(3) }]);
    expect(await adapter.reconcile(query(T2V), ctx)).toEqual({
      outcome: 'ambiguous',
      candidates: ['job_lost', 'job_twin'],
    });
  });

  it('already owned: a matching job another ledger entry owns is never a candidate', async () => {
    const { adapter, ctx } = setup();
    listJobs([lostVideo, { ...lostVideo, id: 'job_twin', createdAt: SECOND(3) }]);
    const result = await adapter.reconcile(query(T2V, ['job_twin']), ctx);
    expect(result).toMatchObject({ outcome: 'found', job: { providerJobId: 'job_lost' } });
    listJobs([lostVideo]);
    expect(await adapter.reconcile(query(T2V, ['job_lost']), ctx)).toEqual({ outcome: 'none' });
  });

  it('outside the window: before the intent (beyond 30 s of skew) or long after it → none', async () => {
    const { adapter, ctx } = setup();
    listJobs([{ ...lostVideo, createdAt: SECOND(-31) }]);
    expect(await adapter.reconcile(query(T2V), ctx)).toEqual({ outcome: 'none' });
    listJobs([{ ...lostVideo, createdAt: SECOND(16 * 60) }]);
    expect(await adapter.reconcile(query(T2V), ctx)).toEqual({ outcome: 'none' });
    listJobs([{ ...lostVideo, createdAt: 'yesterday-ish' }]);
    expect(await adapter.reconcile(query(T2V), ctx)).toEqual({ outcome: 'none' });
    listJobs([{ ...lostVideo, createdAt: SECOND(-29) }]);
    expect(await adapter.reconcile(query(T2V), ctx)).toMatchObject({ outcome: 'found' });
  });

  it('wrong type: same prompt on another sub-model, or an edit source on a text-to-image request → none', async () => {
    const { adapter, ctx } = setup();
    listJobs([listed('job_i2v', { model: 'image-to-video', prompt: T2V.prompt })]);
    expect(await adapter.reconcile(query(T2V), ctx)).toEqual({ outcome: 'none' });
    listJobs([
      listed('job_edit', {
        model: 'text-to-image',
        prompt: T2I.prompt,
        image_url: 'https://a.example/x.png',
      }),
    ]);
    expect(await adapter.reconcile(query(T2I), ctx)).toEqual({ outcome: 'none' });
    // Another Vydra workflow (not Grok Imagine) with the same echo is not this submission's job either.
    listJobs([
      {
        ...listed('job_tl', { model: 'text-to-video', prompt: T2V.prompt }),
        workflowSlug: 'house-timelapse',
      },
    ]);
    expect(await adapter.reconcile(query(T2V), ctx)).toEqual({ outcome: 'none' });
  });

  it('a shown ratio, duration or source image that differs is no match; auto was sent as no ratio', async () => {
    const { adapter, ctx } = setup();
    listJobs([{ ...lostVideo, input: { ...lostVideo.input, duration: 10 } }]);
    expect(await adapter.reconcile(query(T2V), ctx)).toEqual({ outcome: 'none' });
    listJobs([{ ...lostVideo, input: { ...lostVideo.input, aspect_ratio: '9:16' } }]);
    expect(await adapter.reconcile(query(T2V), ctx)).toEqual({ outcome: 'none' });
    const i2v = { ...T2V, type: 'image-to-video', aspectRatio: 'auto', image: 'https://a.example/cat.png' };
    const i2vJob = (input: Record<string, unknown>) =>
      listed('job_i2v', { model: 'image-to-video', prompt: T2V.prompt, duration: 6, ...input });
    listJobs([i2vJob({ aspect_ratio: '16:9', image_url: 'https://a.example/cat.png' })]);
    expect(await adapter.reconcile(query(i2v), ctx)).toEqual({ outcome: 'none' });
    listJobs([i2vJob({ image_url: 'https://a.example/dog.png' })]);
    expect(await adapter.reconcile(query(i2v), ctx)).toEqual({ outcome: 'none' });
    listJobs([i2vJob({ image_url: 'https://a.example/cat.png' })]);
    expect(await adapter.reconcile(query(i2v), ctx)).toMatchObject({ outcome: 'found' });
    // Uploaded bytes: the ledger holds a placeholder, so the source cannot be compared and is no objection.
    listJobs([i2vJob({ image_url: 'https://uploads.example/1.png' })]);
    expect(await adapter.reconcile(query({ ...i2v, image: '[bytes: 4 image/png]' }), ctx)).toMatchObject({
      outcome: 'found',
    });
  });

  it('a list item that is not a job, or a list that is not a list, is skipped rather than fatal', async () => {
    const { adapter, ctx } = setup();
    listJobs([42, null, 'job', lostVideo]);
    expect(await adapter.reconcile(query(T2V), ctx)).toMatchObject({ outcome: 'found' });
    vydra().get(`${API}/jobs`).query(true).reply(200, { data: 'nope' });
    expect(await adapter.reconcile(query(T2V), ctx)).toEqual({ outcome: 'none' });
  });
});

describe('reading enough of the list to cover the window', () => {
  const filler = (n: number, from: number) =>
    Array.from({ length: n }, (_, i) =>
      listed(`job_f${from + i}`, { model: 'text-to-video', prompt: 'Other' }, SECOND(600 - from - i)),
    );

  it('reads page after page until one reaches a job older than the window', async () => {
    const { adapter, ctx } = setup();
    listJobs(filler(100, 0), 0);
    listJobs([...filler(99, 100), lostVideo], 100);
    listJobs([{ ...lostVideo, id: 'job_old', createdAt: SECOND(-3600) }, ...filler(99, 300)], 200);
    expect(await adapter.reconcile(query(T2V), ctx)).toMatchObject({
      outcome: 'found',
      job: { providerJobId: 'job_lost' },
    });
  });

  it('a job seen twice as the list shifts counts once', async () => {
    const { adapter, ctx } = setup();
    listJobs([...filler(99, 0), lostVideo], 0);
    listJobs([lostVideo, { ...lostVideo, id: 'job_old', createdAt: SECOND(-3600) }], 100);
    expect(await adapter.reconcile(query(T2V), ctx)).toMatchObject({
      outcome: 'found',
      job: { providerJobId: 'job_lost' },
    });
  });

  it('stops after five pages; a single match that may not be the only one is ambiguous, not found', async () => {
    const { adapter, ctx } = setup();
    listJobs([lostVideo, ...filler(99, 0)], 0);
    for (let page = 1; page < 5; page++) listJobs(filler(100, page * 100), page * 100);
    expect(await adapter.reconcile(query(T2V), ctx)).toEqual({
      outcome: 'ambiguous',
      candidates: ['job_lost'],
    });
  });
});

describe('through core', () => {
  it('a lost answer whose job echoes its input comes back as that job, never sent twice', async () => {
    const { adapter, clock } = setup();
    const client = createClient(adapter, { clock });
    vydra().post(`${API}/models/grok-imagine`).replyWithError(socketError('ECONNRESET', 'socket hang up'));
    listJobs([{ ...lostVideo, input: videoPending.input, createdAt: SECOND(1) }]);
    const job = await client.submit({ type: 'text-to-video', prompt: T2V.prompt });
    expect(job).toMatchObject({ id: 'vydra:job_lost', type: 'text-to-video', status: 'pending' });
    expect(job.warnings.map((w) => w.type)).toContain('reconciled');
  });

  it('ambiguous: the SubmissionUncertainError carries both candidates', async () => {
    const { adapter, clock } = setup();
    const client = createClient(adapter, { clock });
    vydra().post(`${API}/models/grok-imagine`).replyWithError(socketError('ECONNRESET', 'socket hang up'));
    listJobs([lostVideo, { ...lostVideo, id: 'job_twin' }]);
    const error = await client.submit({ type: 'text-to-video', prompt: T2V.prompt }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SubmissionUncertainError);
    expect((error as SubmissionUncertainError).candidates).toEqual(['vydra:job_lost', 'vydra:job_twin']);
  });
});
