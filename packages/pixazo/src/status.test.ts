import { describe, expect, it, vi } from 'vitest';
import octet from './__fixtures__/status-completed-octet-stream.json' with { type: 'json' };
import completedVideo from './__fixtures__/status-completed-video.json' with { type: 'json' };
import statusError from './__fixtures__/status-error.json' with { type: 'json' };
import type { PixazoStatusResponse } from './api.ts';
import { mapPixazoStatus } from './status.ts';

const logger = () => ({ warn: vi.fn() });
const rid = 'grok-imagine-video-text-to-video_019dxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx';
const body = (status: string, extra: Partial<PixazoStatusResponse> = {}): PixazoStatusResponse => ({
  request_id: rid,
  status,
  ...extra,
});

describe('mapPixazoStatus', () => {
  it('QUEUED → pending, phase queued; the type read off the request_id prefix', () => {
    expect(mapPixazoStatus(body('QUEUED'), logger())).toStrictEqual({
      providerJobId: rid,
      type: 'text-to-video',
      status: 'pending',
      phase: 'queued',
      raw: body('QUEUED'),
    });
  });

  it('PROCESSING → pending, phase processing', () => {
    expect(mapPixazoStatus(body('processing'), logger())).toMatchObject({
      status: 'pending',
      phase: 'processing',
    });
  });

  it('COMPLETED → done with the media URLs and media_type, created_at kept', () => {
    expect(mapPixazoStatus(completedVideo, logger())).toStrictEqual({
      providerJobId: completedVideo.request_id,
      type: 'text-to-video',
      createdAt: '2026-03-31T10:00:00.000Z',
      status: 'done',
      outputs: [{ url: completedVideo.output.media_url[0], mimeType: 'video/mp4' }],
      raw: completedVideo,
    });
  });

  it('COMPLETED without media is done with no outputs (core makes it a no_output failure)', () => {
    expect(mapPixazoStatus(body('COMPLETED', { output: null }), logger())).toMatchObject({
      status: 'done',
      outputs: [],
    });
  });

  it('application/octet-stream with an unknown extension takes the MIME type from the request type', () => {
    expect(mapPixazoStatus(octet, logger())).toMatchObject({
      type: 'text-to-image',
      outputs: [{ url: octet.output.media_url[0], mimeType: 'image/jpeg' }],
    });
  });

  it('application/octet-stream with a known extension takes the MIME type from the URL', () => {
    const png = { ...octet, output: { ...octet.output, media_url: ['https://cdn.example/out/a.PNG?sig=1'] } };
    expect(mapPixazoStatus(png, logger())).toMatchObject({
      outputs: [{ url: 'https://cdn.example/out/a.PNG?sig=1', mimeType: 'image/png' }],
    });
    const mp4 = body('COMPLETED', { output: { media_url: ['https://cdn.example/v.mp4'], media_type: null } });
    expect(mapPixazoStatus(mp4, logger())).toMatchObject({ outputs: [{ mimeType: 'video/mp4' }] });
  });

  it('sync_mode data URIs become output data without the prefix', () => {
    const result = mapPixazoStatus(
      {
        request_id: 'grok-imagine-pro-text-to-image-quality_1',
        status: 'COMPLETED',
        output: { media_url: ['data:image/webp;base64,UklGRg=='], media_type: 'application/octet-stream' },
      },
      logger(),
    );
    expect(result).toMatchObject({ status: 'done', outputs: [{ data: 'UklGRg==', mimeType: 'image/webp' }] });
  });

  it('FAILED → failed with Pixazo’s error text, charge unknown', () => {
    const result = mapPixazoStatus(
      body('FAILED', { error: 'Content moderation rejected the prompt' }),
      logger(),
    );
    expect(result).toMatchObject({
      status: 'failed',
      error: { code: 'failed', message: 'Content moderation rejected the prompt', retryable: false },
    });
    expect(result.status === 'failed' && 'charged' in result.error).toBe(false);
  });

  it('FAILED without an error text gets a neutral message', () => {
    expect(mapPixazoStatus(body('FAILED', { error: null }), logger())).toMatchObject({
      error: { code: 'failed', message: 'Pixazo reported the job FAILED.', retryable: false },
    });
  });

  it('ERROR → failed, not charged, retryable', () => {
    expect(mapPixazoStatus(statusError, logger())).toMatchObject({
      status: 'failed',
      error: { code: 'system_error', message: 'Description of the error', retryable: true, charged: false },
    });
  });

  it('an unknown status stays pending and is logged', () => {
    const log = logger();
    expect(mapPixazoStatus(body('WARMING_UP'), log)).toStrictEqual({
      providerJobId: rid,
      type: 'text-to-video',
      status: 'pending',
      raw: body('WARMING_UP'),
    });
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('unknown job status'), {
      requestId: rid,
      status: 'WARMING_UP',
    });
  });

  it('a model this package does not know: no type, and core’s known type picks the MIME type', () => {
    const foreign = { request_id: 'flux-pro_1', status: 'COMPLETED', output: { media_url: ['https://c/x'] } };
    const result = mapPixazoStatus(foreign, logger(), 'image-edit');
    expect(result).toStrictEqual({
      providerJobId: 'flux-pro_1',
      status: 'done',
      outputs: [{ url: 'https://c/x', mimeType: 'image/jpeg' }],
      raw: foreign,
    });
    expect(mapPixazoStatus(foreign, logger())).toMatchObject({
      outputs: [{ url: 'https://c/x', mimeType: 'application/octet-stream' }],
    });
  });
});
