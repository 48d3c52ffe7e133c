import { createClient } from '@grok-imagine/core';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API, setup, T2V, vydra } from './__fixtures__/harness.ts';
import jobsList from './__fixtures__/jobs-list.json' with { type: 'json' };

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

const SUBMITTED_AT = Date.parse('2026-01-01T00:00:00.000Z');

function listJobs(body: object) {
  return vydra().get(`${API}/jobs`).query({ limit: '20' }).reply(200, body);
}

describe('reconcileSubmission', () => {
  it('reads GET /jobs?limit=20 and finds the job with the same prompt created since the submission', async () => {
    const { adapter, ctx } = setup();
    listJobs(jobsList);
    const job = await adapter.reconcileSubmission(T2V, SUBMITTED_AT, ctx);
    expect(job).toMatchObject({
      id: 'vydra:job_lost',
      type: 'text-to-video',
      status: 'pending',
      phase: 'queued',
    });
  });

  it('returns undefined when no recent job matches', async () => {
    const { adapter, ctx } = setup();
    listJobs(jobsList);
    const other = { ...T2V, prompt: 'Never submitted' };
    expect(await adapter.reconcileSubmission(other, SUBMITTED_AT, ctx)).toBeUndefined();
  });

  it('ignores jobs created before the submission (beyond a small clock skew)', async () => {
    const { adapter, ctx } = setup();
    listJobs(jobsList);
    expect(await adapter.reconcileSubmission(T2V, SUBMITTED_AT + 120_000, ctx)).toBeUndefined();
  });

  it('takes a job that echoes no prompt only when it is the one candidate', async () => {
    const item = {
      status: 'running',
      workflowSlug: 'grok-imagine-generate',
      createdAt: '2026-01-01T00:00:02.000Z',
    };
    const { adapter, ctx } = setup();
    listJobs({ data: [{ ...item, id: 'job_only' }] });
    expect((await adapter.reconcileSubmission(T2V, SUBMITTED_AT, ctx))?.id).toBe('vydra:job_only');
    listJobs({
      data: [
        { ...item, id: 'job_a' },
        { ...item, id: 'job_b' },
      ],
    });
    expect(await adapter.reconcileSubmission(T2V, SUBMITTED_AT, ctx)).toBeUndefined();
  });

  it('through core: a submission whose answer is lost comes back as the job found, never sent twice', async () => {
    const { adapter, clock } = setup();
    const client = createClient(adapter, { clock });
    vydra()
      .post(`${API}/models/grok-imagine`)
      .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    listJobs(jobsList);
    const job = await client.submit({ type: 'text-to-video', prompt: T2V.prompt });
    expect(job.id).toBe('vydra:job_lost');
    expect(job.warnings.map((w) => w.message)).toContain(
      "The submission's answer was lost; this job was found by listing recent jobs.",
    );
  });

  it('through core: when nothing matches, the SubmissionUncertainError stands', async () => {
    const { adapter, clock } = setup();
    const client = createClient(adapter, { clock });
    vydra()
      .post(`${API}/models/grok-imagine`)
      .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    listJobs({ data: [] });
    await expect(client.submit({ type: 'text-to-video', prompt: T2V.prompt })).rejects.toMatchObject({
      name: 'SubmissionUncertainError',
    });
  });
});
