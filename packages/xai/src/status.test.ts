import './__fixtures__/nock-setup.ts';
import { UnsupportedError } from '@grok-imagine/core';
import { describe, expect, it, vi } from 'vitest';
import docDone from './__fixtures__/doc-video-status-done.json' with { type: 'json' };
import docExpired from './__fixtures__/doc-video-status-expired.json' with { type: 'json' };
import docPending from './__fixtures__/doc-video-status-pending.json' with { type: 'json' };
import emptyUrl from './__fixtures__/video-status-done-empty-url.json' with { type: 'json' };
import moderated from './__fixtures__/video-status-done-moderated.json' with { type: 'json' };
import noVideo from './__fixtures__/video-status-done-no-video.json' with { type: 'json' };
import doneUsage from './__fixtures__/video-status-done-usage.json' with { type: 'json' };
import failedInternal from './__fixtures__/video-status-failed-internal.json' with { type: 'json' };
import failedNoCode from './__fixtures__/video-status-failed-no-code.json' with { type: 'json' };
import failedNumeric from './__fixtures__/video-status-failed-numeric-code.json' with { type: 'json' };
import failed from './__fixtures__/video-status-failed.json' with { type: 'json' };
import progress from './__fixtures__/video-status-progress.json' with { type: 'json' };
import withoutStatus from './__fixtures__/video-status-without-status.json' with { type: 'json' };
import { createTestKit, xaiApi } from './__fixtures__/xai-test-kit.ts';

const ID = 'd97415a1-5796-b7ec-379f-4e6819e08fdf';
const PATH = `/v1/videos/${ID}`;
const VIDEO_URL = 'https://vidgen.x.ai/xai-vidgen-bucket/xai-video-d97415a1.mp4';

/** Reads one status answer through the adapter, asserting the exact GET it sends. */
async function statusOf(httpStatus: number, body?: unknown) {
  const { adapter, clock } = createTestKit();
  const logger = { warn: vi.fn() };
  const scope = xaiApi()
    .matchHeader('accept', 'application/json')
    .get(PATH)
    .reply(httpStatus, body === undefined ? '' : JSON.stringify(body));
  const result = await adapter.status(ID, { clock, logger });
  scope.done();
  return { result, logger };
}

describe('GET /videos/{request_id} → StatusResult', () => {
  it('an empty 202 is pending, with nothing else', async () => {
    expect((await statusOf(202)).result).toEqual({ status: 'pending' });
  });

  it('a 202 with a readable body is read, not ignored', async () => {
    expect((await statusOf(202, { status: 'pending', progress: 0.25 })).result).toEqual({
      status: 'pending',
      progress: 25,
      phase: 'processing',
      raw: { status: 'pending', progress: 0.25 },
    });
    expect((await statusOf(202, doneUsage)).result).toMatchObject({
      status: 'done',
      outputs: [{ url: VIDEO_URL, mimeType: 'video/mp4', durationSeconds: 6 }],
    });
  });

  it('the document pending example is pending; progress > 0 is the processing phase', async () => {
    expect((await statusOf(200, docPending)).result).toEqual({ status: 'pending', raw: docPending });
    expect((await statusOf(200, progress)).result).toEqual({
      status: 'pending',
      progress: 42,
      phase: 'processing',
      raw: progress,
    });
  });

  it('the document done example: the video with its duration, no cost (none reported)', async () => {
    expect((await statusOf(200, docDone)).result).toEqual({
      status: 'done',
      outputs: [{ url: 'https://vidgen.x.ai/.../video.mp4', mimeType: 'video/mp4', durationSeconds: 8 }],
      raw: docDone,
    });
  });

  it('passes usage.cost_in_usd_ticks on as the raw reported cost', async () => {
    expect((await statusOf(200, doneUsage)).result).toEqual({
      status: 'done',
      outputs: [{ url: VIDEO_URL, mimeType: 'video/mp4', durationSeconds: 6 }],
      cost: { usdTicks: 4_200_000_000 },
      raw: doneUsage,
    });
  });

  it('an answer without `status` but with video.url is done', async () => {
    expect((await statusOf(200, withoutStatus)).result).toEqual({
      status: 'done',
      outputs: [{ url: VIDEO_URL, mimeType: 'video/mp4', durationSeconds: 6 }],
      raw: withoutStatus,
    });
    expect((await statusOf(200, { progress: 10 })).result).toMatchObject({ status: 'pending', progress: 10 });
  });

  it('done with `video: null` or an empty video.url is done with no outputs (core fails it no_output)', async () => {
    expect((await statusOf(200, noVideo)).result).toEqual({
      status: 'done',
      outputs: [],
      cost: { usdTicks: 4_200_000_000 },
      raw: noVideo,
    });
    expect((await statusOf(200, emptyUrl)).result).toEqual({ status: 'done', outputs: [], raw: emptyUrl });
  });

  it('respect_moderation: false is a blocked output, without its URL', async () => {
    expect((await statusOf(200, moderated)).result).toEqual({
      status: 'done',
      outputs: [{ mimeType: 'video/mp4', durationSeconds: 6, blocked: true }],
      cost: { usdTicks: 4_200_000_000 },
      raw: moderated,
    });
  });

  it("keeps xAI's failure code and message; only documented transient codes are retryable", async () => {
    expect((await statusOf(200, failed)).result).toEqual({
      status: 'failed',
      error: {
        code: 'content_policy_violation',
        kind: 'content_policy',
        message: 'The generated video was rejected by content moderation.',
        retryable: false,
      },
      raw: failed,
    });
    expect((await statusOf(200, failedInternal)).result).toMatchObject({
      status: 'failed',
      error: { code: 'internal_error', retryable: true },
    });
  });

  it('a failure without a code is not retryable (it would pay again for a prompt that fails again)', async () => {
    expect((await statusOf(200, failedNoCode)).result).toEqual({
      status: 'failed',
      error: { code: 'failed', message: 'Video generation failed.', retryable: false },
      raw: failedNoCode,
    });
  });

  it('a numeric code is read as text and is not retryable; a reported 0 says it was not charged', async () => {
    expect((await statusOf(200, failedNumeric)).result).toEqual({
      status: 'failed',
      error: { code: '500', message: 'Video generation failed.', retryable: false, charged: false },
      cost: { usdTicks: 0 },
      raw: failedNumeric,
    });
  });

  it('a failure with a bare string error keeps it as the message', async () => {
    expect((await statusOf(200, { status: 'failed', error: 'Out of capacity' })).result).toMatchObject({
      status: 'failed',
      error: { code: 'failed', message: 'Out of capacity', retryable: false },
    });
  });

  it('the document expired example is expired, retryable', async () => {
    expect((await statusOf(200, docExpired)).result).toEqual({
      status: 'expired',
      error: {
        code: 'expired',
        message: 'xAI expired the request before the video was delivered; submit it again.',
        retryable: true,
      },
      raw: docExpired,
    });
  });

  it('returns the job id when the answer names one, for core to check', async () => {
    const body = { ...docPending, request_id: 'another-job' };
    expect((await statusOf(200, body)).result).toMatchObject({ providerJobId: 'another-job' });
  });

  it('keeps an unknown status pending and logs it', async () => {
    const { result, logger } = await statusOf(200, { status: 'rendering', model: 'grok-imagine-video' });
    expect(result.status).toBe('pending');
    expect(logger.warn).toHaveBeenCalledWith('xai: unknown video status; treating the job as pending', {
      status: 'rendering',
    });
  });

  it('cannot re-read a synchronous image job, and sends nothing', async () => {
    const { adapter, clock } = createTestKit();
    const error = await adapter.status('image-0b8c', { clock, logger: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedError);
    expect(error).toMatchObject({ code: 'image_job_not_stored', provider: 'xai' });
  });
});
