import { createFakeClock } from '@grok-imagine/core/testing';
import { describe, expect, it, vi } from 'vitest';
import octet from './__fixtures__/status-completed-octet-stream.json' with { type: 'json' };
import completedVideo from './__fixtures__/status-completed-video.json' with { type: 'json' };
import statusError from './__fixtures__/status-error.json' with { type: 'json' };
import type { PixazoStatusResponse } from './api.ts';
import { parsePixazoStatus } from './status.ts';

const clock = createFakeClock();
const context = () => ({ clock, logger: { warn: vi.fn() } });
const rid = 'grok-imagine-video-text-to-video_019dxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx';
const body = (status: string, extra: Partial<PixazoStatusResponse> = {}): PixazoStatusResponse => ({
  request_id: rid,
  status,
  ...extra,
});

describe('parsePixazoStatus', () => {
  it('QUEUED → pending, phase queued', () => {
    expect(parsePixazoStatus(body('QUEUED'), context())).toMatchObject({
      id: `pixazo:${rid}`,
      type: 'text-to-video',
      status: 'pending',
      phase: 'queued',
      outputs: [],
    });
  });

  it('PROCESSING → pending, phase processing', () => {
    expect(parsePixazoStatus(body('PROCESSING'), context())).toMatchObject({
      status: 'pending',
      phase: 'processing',
    });
  });

  it('COMPLETED → done with the media URLs and media_type', () => {
    const job = parsePixazoStatus(completedVideo, context());
    expect(job).toMatchObject({
      status: 'done',
      type: 'text-to-video',
      outputs: [{ url: completedVideo.output.media_url[0], mimeType: 'video/mp4' }],
      createdAt: '2026-03-31T10:00:00.000Z',
      updatedAt: '2026-03-31T10:00:15.000Z',
      raw: completedVideo,
    });
    expect(job.phase).toBeUndefined();
    expect(job.error).toBeUndefined();
  });

  it('application/octet-stream with an unknown extension takes the MIME type from the request type', () => {
    const job = parsePixazoStatus(octet, context());
    expect(job).toMatchObject({
      type: 'text-to-image',
      outputs: [{ url: octet.output.media_url[0], mimeType: 'image/jpeg' }],
    });
  });

  it('application/octet-stream with a known extension takes the MIME type from the URL', () => {
    const png = { ...octet, output: { ...octet.output, media_url: ['https://cdn.example/out/a.PNG?sig=1'] } };
    expect(parsePixazoStatus(png, context()).outputs).toEqual([
      { url: 'https://cdn.example/out/a.PNG?sig=1', mimeType: 'image/png' },
    ]);
    const mp4 = body('COMPLETED', { output: { media_url: ['https://cdn.example/v.mp4'], media_type: null } });
    expect(parsePixazoStatus(mp4, context()).outputs[0]!.mimeType).toBe('video/mp4');
  });

  it('sync_mode data URIs become output data without the prefix', () => {
    const job = parsePixazoStatus(
      {
        request_id: 'grok-imagine-pro-text-to-image-quality_1',
        status: 'COMPLETED',
        output: { media_url: ['data:image/webp;base64,UklGRg=='], media_type: 'application/octet-stream' },
      },
      context(),
    );
    expect(job.outputs).toEqual([{ data: 'UklGRg==', mimeType: 'image/webp' }]);
  });

  it('FAILED → failed with Pixazo’s error text', () => {
    const job = parsePixazoStatus(
      body('FAILED', { error: 'Content moderation rejected the prompt' }),
      context(),
    );
    expect(job).toMatchObject({
      status: 'failed',
      error: { code: 'failed', message: 'Content moderation rejected the prompt', retryable: false },
    });
    expect(job.error!.charged).toBeUndefined();
  });

  it('ERROR → failed, not charged, retryable', () => {
    expect(parsePixazoStatus(statusError, context())).toMatchObject({
      status: 'failed',
      error: { code: 'system_error', message: 'Description of the error', retryable: true, charged: false },
    });
  });

  it('an unknown status stays pending and is logged', () => {
    const ctx = context();
    const job = parsePixazoStatus(body('WARMING_UP'), ctx);
    expect(job.status).toBe('pending');
    expect(job.phase).toBeUndefined();
    expect(ctx.logger.warn).toHaveBeenCalledWith(expect.stringContaining('unknown job status'), {
      requestId: rid,
      status: 'WARMING_UP',
    });
  });

  it('the caller’s type wins over the request id prefix', () => {
    expect(parsePixazoStatus(body('QUEUED'), { ...context(), type: 'image-to-video' }).type).toBe(
      'image-to-video',
    );
  });

  it('a job of an unknown model without a known type is a ResponseValidationError', () => {
    expect(() => parsePixazoStatus({ request_id: 'flux-pro_1', status: 'QUEUED' }, context())).toThrow(
      /flux-pro_1/,
    );
  });
});
