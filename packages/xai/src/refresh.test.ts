import './__fixtures__/nock-setup.ts';
import { UnsupportedError } from '@grok-imagine/core';
import { describe, expect, it, vi } from 'vitest';
import docDone from './__fixtures__/doc-video-status-done.json' with { type: 'json' };
import docExpired from './__fixtures__/doc-video-status-expired.json' with { type: 'json' };
import docPending from './__fixtures__/doc-video-status-pending.json' with { type: 'json' };
import moderated from './__fixtures__/video-status-done-moderated.json' with { type: 'json' };
import doneUsage from './__fixtures__/video-status-done-usage.json' with { type: 'json' };
import failedInternal from './__fixtures__/video-status-failed-internal.json' with { type: 'json' };
import failed from './__fixtures__/video-status-failed.json' with { type: 'json' };
import progress from './__fixtures__/video-status-progress.json' with { type: 'json' };
import { createTestKit, xaiApi } from './__fixtures__/xai-test-kit.ts';

const ID = 'd97415a1-5796-b7ec-379f-4e6819e08fdf';
const PATH = `/v1/videos/${ID}`;

async function refreshWith(status: number, body?: unknown) {
  const { adapter, clock } = createTestKit();
  const logger = { warn: vi.fn() };
  const scope = xaiApi()
    .get(PATH)
    .reply(status, body === undefined ? '' : JSON.stringify(body));
  const job = await adapter.refresh(ID, { clock, logger, type: 'image-to-video' });
  scope.done();
  return { job, logger };
}

describe('GET /videos/{request_id} → Job', () => {
  it('is pending on 202 with an empty body', async () => {
    const { job } = await refreshWith(202);
    expect(job).toMatchObject({
      id: `xai:${ID}`,
      provider: 'xai',
      type: 'image-to-video',
      status: 'pending',
      outputs: [],
    });
    expect(job.progress).toBeUndefined();
    expect(job.error).toBeUndefined();
  });

  it('is pending on 202 with a partial body, whatever it says', async () => {
    expect((await refreshWith(202, { status: 'done' })).job.status).toBe('pending');
    expect((await refreshWith(202, docPending)).job.status).toBe('pending');
  });

  it('is pending on the document pending example', async () => {
    const { job } = await refreshWith(200, docPending);
    expect(job.status).toBe('pending');
    expect(job.raw).toEqual(docPending);
  });

  it('reports progress as a percentage and the job as processing', async () => {
    expect((await refreshWith(200, progress)).job).toMatchObject({ progress: 42, phase: 'processing' });
    expect((await refreshWith(202, { progress: 0.25 })).job).toMatchObject({
      status: 'pending',
      progress: 25,
    });
  });

  it('maps the document done example to the video with its duration', async () => {
    const { job } = await refreshWith(200, docDone);
    expect(job).toMatchObject({
      status: 'done',
      progress: 100,
      outputs: [{ url: 'https://vidgen.x.ai/.../video.mp4', mimeType: 'video/mp4', durationSeconds: 8 }],
      warnings: [],
    });
    expect(job.cost).toBeUndefined();
  });

  it('takes the reported cost from usage.cost_in_usd_ticks', async () => {
    const { job } = await refreshWith(200, doneUsage);
    expect(job.cost).toEqual({ usdTicks: 4_200_000_000, usd: 0.42, basis: 'reported' });
    expect(job.outputs).toEqual([
      {
        url: 'https://vidgen.x.ai/xai-vidgen-bucket/xai-video-d97415a1.mp4',
        mimeType: 'video/mp4',
        durationSeconds: 6,
      },
    ]);
  });

  it('blocks a moderated video (no URL) and warns', async () => {
    const { job } = await refreshWith(200, moderated);
    expect(job.status).toBe('done');
    expect(job.outputs).toEqual([{ mimeType: 'video/mp4', durationSeconds: 6, blocked: true }]);
    expect(job.warnings).toEqual([
      { type: 'moderated', provider: 'xai', message: 'xAI moderation withheld the video.' },
    ]);
  });

  it("keeps xAI's failure code and message; retryable per code", async () => {
    const { job } = await refreshWith(200, failed);
    expect(job).toMatchObject({
      status: 'failed',
      progress: 37,
      error: {
        code: 'content_policy_violation',
        message: 'The generated video was rejected by content moderation.',
        retryable: false,
      },
    });
    const internal = (await refreshWith(200, failedInternal)).job;
    expect(internal.error).toEqual({
      code: 'internal_error',
      message: 'Video generation failed due to an internal error. Please try again.',
      retryable: true,
    });
  });

  it('maps the document expired example to expired', async () => {
    const { job } = await refreshWith(200, docExpired);
    expect(job.status).toBe('expired');
    expect(job.error).toEqual({
      code: 'expired',
      message: 'xAI expired the request before the video was delivered; submit it again.',
      retryable: true,
    });
  });

  it('keeps an unknown status pending and logs it', async () => {
    const { job, logger } = await refreshWith(200, { status: 'rendering', model: 'grok-imagine-video' });
    expect(job.status).toBe('pending');
    expect(logger.warn).toHaveBeenCalledWith('xai: unknown video status; treating the job as pending', {
      status: 'rendering',
    });
  });

  it('defaults the type to text-to-video when the caller does not know it', async () => {
    const { adapter, clock } = createTestKit();
    xaiApi().get(PATH).reply(202);
    expect((await adapter.refresh(ID, { clock, logger: {} })).type).toBe('text-to-video');
  });

  it('cannot re-read a synchronous image job', async () => {
    const { adapter, clock } = createTestKit();
    await expect(adapter.refresh('image-0b8c', { clock, logger: {} })).rejects.toBeInstanceOf(
      UnsupportedError,
    );
  });
});
