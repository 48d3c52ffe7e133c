import type { RequestType } from '@grok-imagine/core';
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

async function statusOf(body: object, type?: RequestType, config = {}) {
  const { adapter, ctx, logger } = setup(config);
  vydra().get(`${API}/jobs/job_12345`).reply(200, body);
  const result = await adapter.status('job_12345', { ...ctx, type });
  return { result, logger };
}

describe('GET /jobs/{id}: every status', () => {
  const pending: [string, 'queued' | 'processing'][] = [
    ['pending', 'queued'],
    ['queued', 'queued'],
    ['running', 'processing'],
    ['processing', 'processing'],
  ];
  it.each(pending)(
    '%s → pending, phase %s, progress passed through, the id it names',
    async (status, phase) => {
      const body = { id: 'job_12345', status, progress: 35, creditsCharged: 150 };
      const { result } = await statusOf(body, 'text-to-video');
      expect(result).toEqual({
        providerJobId: 'job_12345',
        status: 'pending',
        phase,
        progress: 35,
        // Vydra charges on acceptance: the figure is reported while the job runs.
        cost: { credits: 150 },
        raw: body,
      });
    },
  );

  it('completed → done with the video from output.videoUrl / output.resultUrls, deduplicated, credits as reported', async () => {
    const { result } = await statusOf(completed);
    expect(result).toEqual({
      providerJobId: 'job_12345',
      status: 'done',
      outputs: [{ url: 'https://api.x.ai/.../video.mp4', mimeType: 'video/mp4', durationSeconds: 6 }],
      cost: { credits: 150 },
      raw: completed,
    });
  });

  it('with usdPerCredit the reported credits are converted to ticks too, exactly', async () => {
    const { result } = await statusOf(completed, 'text-to-video', { usdPerCredit: '0.01' });
    expect(result).toMatchObject({ status: 'done', cost: { credits: 150, usdTicks: 15_000_000_000 } });
  });

  it('completed image: outputs from imageUrl, resultUrls and output.*, each once, MIME from the extension', async () => {
    const { result } = await statusOf(
      {
        id: 'job_12345',
        status: 'completed',
        imageUrl: 'https://cdn.example/a.webp',
        resultUrls: ['https://cdn.example/a.webp', 'https://cdn.example/b.png?sig=1', 7, null],
        output: { imageUrl: 'https://cdn.example/a.webp', resultUrls: ['https://cdn.example/c'] },
      },
      'text-to-image',
    );
    expect(result.status === 'done' && result.outputs).toEqual([
      { url: 'https://cdn.example/c', mimeType: 'image/jpeg' },
      { url: 'https://cdn.example/a.webp', mimeType: 'image/webp' },
      { url: 'https://cdn.example/b.png?sig=1', mimeType: 'image/png' },
    ]);
  });

  it('failed → failed with Vydra statusMessage, not charged (Vydra refunds), no cost', async () => {
    const { result } = await statusOf(failed, 'text-to-video');
    expect(result).toEqual({
      providerJobId: 'job_12345',
      status: 'failed',
      error: {
        code: 'failed',
        message: 'Video generation failed: upstream provider rejected the prompt',
        retryable: false,
        charged: false,
      },
      createdAt: '2026-01-01T00:00:00.000Z',
      raw: failed,
    });
  });

  it('error → failed, system_error, retryable, not charged', async () => {
    const { result } = await statusOf({ id: 'job_12345', status: 'error', error: 'Upstream timeout' });
    expect(result).toMatchObject({
      status: 'failed',
      error: { code: 'system_error', message: 'Upstream timeout', retryable: true, charged: false },
    });
  });

  it('cancelled → failed with code cancelled; whether it was charged is not known (cost kept as reported)', async () => {
    const { result } = await statusOf(cancelled, 'text-to-video');
    expect(result).toMatchObject({
      status: 'failed',
      error: { code: 'cancelled', message: 'Job cancelled by user', retryable: false },
      cost: { credits: 150 },
    });
    expect(result.status === 'failed' && 'charged' in result.error).toBe(false);
  });

  it('an unknown status stays pending and is logged, never ends the wait', async () => {
    const { result, logger } = await statusOf({ id: 'job_12345', status: 'warming_up' }, 'text-to-video');
    expect(result).toMatchObject({ status: 'pending' });
    expect('phase' in result).toBe(false);
    expect(logger.lines).toContainEqual({
      level: 'warn',
      message: 'vydra: unknown job status; treating the job as pending',
      fields: { status: 'warming_up' },
    });
  });

  it('type is set only when the body shows it (input.model)', async () => {
    const { result } = await statusOf({
      id: 'job_12345',
      status: 'pending',
      input: { model: 'image-to-video' },
    });
    expect(result.type).toBe('image-to-video');
    const edit = await statusOf({
      id: 'job_12345',
      status: 'pending',
      input: { model: 'text-to-image', image_url: 'https://a/b.png' },
    });
    expect(edit.result.type).toBe('image-edit');
    expect(
      (await statusOf({ id: 'job_12345', status: 'pending' }, 'text-to-video')).result.type,
    ).toBeUndefined();
  });

  it('a completed job without any result URL is done with no outputs (core turns it into no_output)', async () => {
    const { result } = await statusOf({ id: 'job_12345', status: 'completed' }, 'text-to-video');
    expect(result).toMatchObject({ status: 'done', outputs: [] });
  });

  it('an answer naming another job is returned with that id, for core to refuse', async () => {
    const { result } = await statusOf({ id: 'job_other', status: 'running' });
    expect(result.providerJobId).toBe('job_other');
  });

  it('a body that is not a job is a ResponseValidationError', async () => {
    const { adapter, ctx } = setup();
    vydra()
      .get(`${API}/jobs/job_12345`)
      .reply(200, '"just a string"', { 'content-type': 'application/json' });
    await expect(adapter.status('job_12345', ctx)).rejects.toMatchObject({ name: 'ResponseValidationError' });
  });
});

describe('DELETE /jobs/{id}: cancel', () => {
  it('maps the job Vydra answers with', async () => {
    const { adapter, ctx } = setup();
    vydra().delete(`${API}/jobs/job_12345`).reply(200, cancelled);
    expect(await adapter.cancel('job_12345', ctx)).toMatchObject({
      providerJobId: 'job_12345',
      status: 'failed',
      error: { code: 'cancelled' },
    });
  });

  it('reads the job again when Vydra answers with a bare acknowledgement', async () => {
    const { adapter, ctx } = setup();
    vydra()
      .delete(`${API}/jobs/job_12345`)
      .reply(200, { success: true, message: 'Job cancelled' })
      .get(`${API}/jobs/job_12345`)
      .reply(200, cancelled);
    expect(await adapter.cancel('job_12345', ctx)).toMatchObject({
      status: 'failed',
      error: { code: 'cancelled' },
    });
  });
});
