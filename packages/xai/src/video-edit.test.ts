import './__fixtures__/nock-setup.ts';
import {
  NotFoundError,
  SubmissionUncertainError,
  UnsupportedError,
  ValidationError,
} from '@grok-imagine/core';
import { describe, expect, it, vi } from 'vitest';
import docStart from './__fixtures__/doc-video-start.response.json' with { type: 'json' };
import { createTestKit, xaiPost } from './__fixtures__/xai-test-kit.ts';

const VIDEO_URL = 'https://media.example.com/clips/boat.mp4';
const PROMPT = 'Add a warm sunset filter and slow down the motion';
const EDIT = { type: 'video-edit', prompt: PROMPT, video: VIDEO_URL } as const;
/** xAI's current form (the default). */
const EDITS_BODY = { model: 'grok-imagine-video', prompt: PROMPT, video: { url: VIDEO_URL } };
/** The seed document's form. */
const DOCUMENT_BODY = { model: 'grok-imagine-video', prompt: PROMPT, video_url: VIDEO_URL };
const NO_ROUTE = { code: 'not_found', error: 'No route for /videos/edits' };

describe('video-edit → POST /videos/edits, falling back to the document form on 404/405', () => {
  it('sends `video: {url}` to /videos/edits by default', async () => {
    const { client } = createTestKit();
    const scope = xaiPost().post('/v1/videos/edits', EDITS_BODY).reply(200, docStart);
    const job = await client.submit(EDIT);
    scope.done();
    expect(job).toMatchObject({ type: 'video-edit', status: 'pending', warnings: [] });
  });

  for (const status of [404, 405]) {
    it(`a ${status} on /videos/edits: the document form once, with a warning, and kept for later edits`, async () => {
      const logger = { warn: vi.fn() };
      const { client, start } = createTestKit({}, logger);
      const scope = xaiPost()
        .post('/v1/videos/edits', EDITS_BODY)
        .reply(status, NO_ROUTE)
        .post('/v1/videos/generations', DOCUMENT_BODY)
        .reply(200, docStart);
      const job = await client.submit(EDIT);
      scope.done();
      expect(job).toMatchObject({ id: `xai:${docStart.request_id}`, status: 'pending' });
      expect(job.warnings).toEqual([
        {
          type: 'other',
          field: 'video',
          provider: 'xai',
          message:
            'POST /videos/edits was refused as missing (404/405); the edit was sent as POST /videos/generations with video_url (the form in xAI’s document), which this client keeps using.',
        },
      ]);
      expect(logger.warn).toHaveBeenCalledWith(
        'xai: POST /videos/edits answered 404/405; sending the edit as POST /videos/generations',
        { status },
      );
      expect(client.ledger.entries()).toHaveLength(1);
      expect(client.ledger.entries()[0]).toMatchObject({ state: 'accepted', jobId: job.id });

      // Remembered: the next edit goes straight to the document form (no /videos/edits interceptor left).
      const later = xaiPost().post('/v1/videos/generations', DOCUMENT_BODY).reply(200, docStart);
      const { result, attempt } = await start(EDIT);
      later.done();
      expect(attempt.sent).toBe(true);
      expect(result).toEqual({ providerJobId: docStart.request_id, status: 'pending', raw: docStart });
    });
  }

  it('both forms 404: the second NotFoundError, accepted "no", and nothing remembered', async () => {
    const { client } = createTestKit();
    xaiPost()
      .post('/v1/videos/edits', EDITS_BODY)
      .reply(404, NO_ROUTE)
      .post('/v1/videos/generations', DOCUMENT_BODY)
      .reply(404, { code: 'not_found', error: 'No route for /videos/generations' });
    const error = await client.submit(EDIT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, accepted: 'no' });
    expect((error as Error).message).toBe('xai 404 not_found: No route for /videos/generations');
    expect(client.ledger.entries()[0]?.state).toBe('refused');

    const again = xaiPost().post('/v1/videos/edits', EDITS_BODY).reply(200, docStart);
    await client.submit(EDIT);
    again.done();
  });

  it('a 400 on /videos/edits is the user’s error: no second form is sent', async () => {
    const { client } = createTestKit();
    const scope = xaiPost()
      .post('/v1/videos/edits', EDITS_BODY)
      .reply(400, { code: 'invalid_video_url', error: 'Video URL is inaccessible or invalid' });
    const error = await client.submit(EDIT).catch((e: unknown) => e);
    scope.done();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ code: 'invalid_video_url', accepted: 'no' });
  });

  it('a 500 on /videos/edits may have created the job: uncertain, nothing else sent', async () => {
    const { client } = createTestKit();
    const scope = xaiPost()
      .post('/v1/videos/edits', EDITS_BODY)
      .reply(500, { code: 'internal_error', error: 'Boom' });
    const error = await client.submit(EDIT).catch((e: unknown) => e);
    scope.done();
    expect(error).toBeInstanceOf(SubmissionUncertainError);
    expect(error).toMatchObject({ accepted: 'unknown' });
    expect(client.ledger.entries()[0]?.state).toBe('uncertain');
  });

  it('a 500 on the fallback is uncertain too (that request was sent), and the form is remembered', async () => {
    const { client } = createTestKit();
    xaiPost()
      .post('/v1/videos/edits', EDITS_BODY)
      .reply(405, { code: 'method_not_allowed', error: 'Method POST is not allowed' })
      .post('/v1/videos/generations', DOCUMENT_BODY)
      .reply(500, { code: 'internal_error', error: 'Boom' });
    const error = await client.submit(EDIT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SubmissionUncertainError);
    const later = xaiPost().post('/v1/videos/generations', DOCUMENT_BODY).reply(200, docStart);
    await client.submit(EDIT);
    later.done();
  });

  it('refuses video bytes: xAI needs a public video URL', async () => {
    const { client } = createTestKit();
    const mp4 = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32]);
    const error = await client
      .submit({ type: 'video-edit', prompt: 'Grayscale', video: { data: mp4, mimeType: 'video/mp4' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedError);
    expect(error).toMatchObject({ code: 'video_url_required', accepted: 'no' });
  });
});
