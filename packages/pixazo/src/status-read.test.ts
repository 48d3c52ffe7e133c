import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import octet from './__fixtures__/status-completed-octet-stream.json' with { type: 'json' };
import completedVideo from './__fixtures__/status-completed-video.json' with { type: 'json' };
import { intercept, TEST_KEY, testAdapter, testContext } from './testing/pixazo-test-kit.ts';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('status', () => {
  it('GETs /v2/requests/status/{id} with the three headers and maps the answer', async () => {
    const calls = intercept('GET', `/v2/requests/status/${completedVideo.request_id}`, 200, completedVideo);
    const result = await testAdapter().status(completedVideo.request_id, {
      ...testContext(),
      type: 'text-to-video',
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      method: 'GET',
      path: `/v2/requests/status/${completedVideo.request_id}`,
      body: undefined,
    });
    expect(calls[0]!.headers['ocp-apim-subscription-key']).toBe(TEST_KEY);
    expect(calls[0]!.headers['content-type']).toBe('application/json');
    expect(calls[0]!.headers['cache-control']).toBe('no-cache');
    expect(result).toStrictEqual({
      providerJobId: completedVideo.request_id,
      type: 'text-to-video',
      createdAt: '2026-03-31T10:00:00.000Z',
      status: 'done',
      outputs: [{ url: completedVideo.output.media_url[0], mimeType: 'video/mp4' }],
      raw: completedVideo,
    });
  });

  it('shows the type from the request id prefix when the body has no model_id', async () => {
    const { model_id: _dropped, ...withoutModel } = octet;
    intercept('GET', `/v2/requests/status/${octet.request_id}`, 200, withoutModel);
    const result = await testAdapter().status(octet.request_id, testContext());
    expect(result).toMatchObject({ type: 'text-to-image', status: 'done' });
  });

  it('uses a configured baseURL, never the polling_url host, and escapes the id', async () => {
    const calls: string[] = [];
    nock('http://127.0.0.1:4010')
      .get('/v2/requests/status/grok-imagine-video_a%2Fb')
      .reply(200, (uri) => {
        calls.push(uri);
        return { ...completedVideo, request_id: 'grok-imagine-video_a/b' };
      });
    await testAdapter({ baseURL: 'http://127.0.0.1:4010' }).status('grok-imagine-video_a/b', testContext());
    expect(calls).toEqual(['/v2/requests/status/grok-imagine-video_a%2Fb']);
  });

  it('keeps polling through a 500 (core retries reads) and maps the later answer', async () => {
    intercept('GET', `/v2/requests/status/${completedVideo.request_id}`, 500, {
      error: 'Internal',
      message: 'boom',
    });
    intercept('GET', `/v2/requests/status/${completedVideo.request_id}`, 200, completedVideo);
    const ctx = testContext();
    const result = await testAdapter({ clock: ctx.clock }).status(completedVideo.request_id, ctx);
    expect(result.status).toBe('done');
    expect(ctx.clock.sleeps).toEqual([500]);
  });

  it('an answer without request_id is a ResponseValidationError naming the field', async () => {
    intercept('GET', '/v2/requests/status/grok-imagine-video_1', 200, { status: 'QUEUED' });
    await expect(testAdapter().status('grok-imagine-video_1', testContext())).rejects.toMatchObject({
      name: 'ResponseValidationError',
      message: expect.stringContaining('request_id'),
    });
  });
});
