import type { Job } from '@grok-imagine/core';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API, setup, vydra } from './__fixtures__/harness.ts';
import cancelled from './__fixtures__/job-cancelled.json' with { type: 'json' };
import failed from './__fixtures__/job-failed.json' with { type: 'json' };
import completed from './__fixtures__/job-video-completed.json' with { type: 'json' };

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

async function refreshWith(body: object, type?: Job['type']) {
  const { adapter, ctx, logger } = setup();
  vydra().get(`${API}/jobs/job_12345`).reply(200, body);
  const job = await adapter.refresh('job_12345', { ...ctx, type });
  return { job, logger };
}

describe('GET /jobs/{id}: every status', () => {
  const pending: [string, 'queued' | 'processing'][] = [
    ['pending', 'queued'],
    ['queued', 'queued'],
    ['running', 'processing'],
    ['processing', 'processing'],
  ];
  it.each(pending)('%s → pending, phase %s, progress passed through', async (status, phase) => {
    const { job } = await refreshWith(
      { id: 'job_12345', status, progress: 35, creditsCharged: 150 },
      'text-to-video',
    );
    expect(job).toMatchObject({ id: 'vydra:job_12345', status: 'pending', phase, progress: 35, outputs: [] });
    expect(job.cost).toEqual({ credits: 150, basis: 'reported' });
  });

  it('completed → done with the video from output.videoUrl / output.resultUrls, deduplicated', async () => {
    const { job } = await refreshWith(completed);
    expect(job).toEqual({
      id: 'vydra:job_12345',
      provider: 'vydra',
      type: 'text-to-video',
      status: 'done',
      outputs: [{ url: 'https://api.x.ai/.../video.mp4', mimeType: 'video/mp4', durationSeconds: 6 }],
      cost: { credits: 150, basis: 'reported' },
      warnings: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      raw: completed,
    });
  });

  it('completed image: outputs from imageUrl, resultUrls and output.*, each once', async () => {
    const { job } = await refreshWith(
      {
        id: 'job_12345',
        status: 'completed',
        imageUrl: 'https://cdn.example/a.webp',
        resultUrls: ['https://cdn.example/a.webp', 'https://cdn.example/b.png?sig=1'],
        output: { imageUrl: 'https://cdn.example/a.webp', resultUrls: ['https://cdn.example/c'] },
      },
      'text-to-image',
    );
    expect(job.outputs).toEqual([
      { url: 'https://cdn.example/c', mimeType: 'image/jpeg' },
      { url: 'https://cdn.example/a.webp', mimeType: 'image/webp' },
      { url: 'https://cdn.example/b.png?sig=1', mimeType: 'image/png' },
    ]);
  });

  it('failed → failed with Vydra statusMessage, not charged (Vydra refunds), no cost', async () => {
    const { job } = await refreshWith(failed, 'text-to-video');
    expect(job.status).toBe('failed');
    expect(job.error).toEqual({
      code: 'failed',
      message: 'Video generation failed: upstream provider rejected the prompt',
      retryable: false,
      charged: false,
    });
    expect(job.cost).toBeUndefined();
    expect(job.progress).toBe(40);
  });

  it('error → failed, system_error, retryable, not charged', async () => {
    const { job } = await refreshWith({ id: 'job_12345', status: 'error', error: 'Upstream timeout' });
    expect(job.error).toEqual({
      code: 'system_error',
      message: 'Upstream timeout',
      retryable: true,
      charged: false,
    });
  });

  it('cancelled → failed with code cancelled and the message', async () => {
    const { job } = await refreshWith(cancelled, 'text-to-video');
    expect(job.status).toBe('failed');
    expect(job.error).toEqual({ code: 'cancelled', message: 'Job cancelled by user', retryable: false });
    expect(job.createdAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('an unknown status stays pending and is logged, never ends the wait', async () => {
    const { job, logger } = await refreshWith({ id: 'job_12345', status: 'warming_up' }, 'text-to-video');
    expect(job.status).toBe('pending');
    expect(job.phase).toBeUndefined();
    expect(logger.lines).toContainEqual({
      level: 'warn',
      message: 'vydra: unknown job status; treating the job as pending',
      fields: { status: 'warming_up' },
    });
  });

  it('infers the type from the body when core does not know it', async () => {
    const { job } = await refreshWith({
      id: 'job_12345',
      status: 'pending',
      input: { model: 'image-to-video' },
    });
    expect(job.type).toBe('image-to-video');
  });

  it('a completed job without any result URL is done with a warning', async () => {
    const { job } = await refreshWith({ id: 'job_12345', status: 'completed' }, 'text-to-video');
    expect(job.status).toBe('done');
    expect(job.warnings).toEqual([
      { type: 'other', provider: 'vydra', message: 'Vydra reported the job completed without a result URL.' },
    ]);
  });

  it('a body that is not a job is a ResponseValidationError', async () => {
    const { adapter, ctx } = setup();
    vydra()
      .get(`${API}/jobs/job_12345`)
      .reply(200, '"just a string"', { 'content-type': 'application/json' });
    await expect(adapter.refresh('job_12345', ctx)).rejects.toMatchObject({
      name: 'ResponseValidationError',
    });
  });
});

describe('DELETE /jobs/{id}: cancel', () => {
  it('maps the job Vydra answers with', async () => {
    const { adapter, ctx } = setup();
    vydra().delete(`${API}/jobs/job_12345`).reply(200, cancelled);
    const job = await adapter.cancel('job_12345', ctx);
    expect(job).toMatchObject({ id: 'vydra:job_12345', status: 'failed', error: { code: 'cancelled' } });
  });

  it('reads the job again when Vydra answers with a bare acknowledgement', async () => {
    const { adapter, ctx } = setup();
    vydra()
      .delete(`${API}/jobs/job_12345`)
      .reply(200, { success: true, message: 'Job cancelled' })
      .get(`${API}/jobs/job_12345`)
      .reply(200, cancelled);
    const job = await adapter.cancel('job_12345', ctx);
    expect(job.error?.code).toBe('cancelled');
  });
});

describe('parseWebhook', () => {
  it('maps a job body delivered to webhookUrl', () => {
    const { adapter } = setup();
    expect(adapter.parseWebhook(completed)).toMatchObject({ id: 'vydra:job_12345', status: 'done' });
  });

  it('rejects a body that is not a job', () => {
    const { adapter } = setup();
    expect(() => adapter.parseWebhook({ hello: 'world' })).toThrow(/names no job id/);
  });
});
