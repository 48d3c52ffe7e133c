import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import octet from './__fixtures__/status-completed-octet-stream.json' with { type: 'json' };
import completedVideo from './__fixtures__/status-completed-video.json' with { type: 'json' };
import { intercept, TEST_KEY, testAdapter, testContext } from './testing/pixazo-test-kit.ts';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('refresh', () => {
  it('GETs /v2/requests/status/{id} with the three headers and maps the job', async () => {
    const calls = intercept('GET', `/v2/requests/status/${completedVideo.request_id}`, 200, completedVideo);
    const job = await testAdapter().refresh(completedVideo.request_id, {
      ...testContext(),
      type: 'text-to-video',
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'GET', body: undefined });
    expect(calls[0]!.headers['ocp-apim-subscription-key']).toBe(TEST_KEY);
    expect(calls[0]!.headers['content-type']).toBe('application/json');
    expect(calls[0]!.headers['cache-control']).toBe('no-cache');
    expect(job).toMatchObject({
      id: `pixazo:${completedVideo.request_id}`,
      status: 'done',
      type: 'text-to-video',
    });
  });

  it('infers the type from the request id prefix when the caller does not know it', async () => {
    const { model_id: _dropped, ...withoutModel } = octet;
    intercept('GET', `/v2/requests/status/${octet.request_id}`, 200, withoutModel);
    const job = await testAdapter().refresh(octet.request_id, testContext());
    expect(job.type).toBe('text-to-image');
  });

  it('uses a configured baseURL, never the polling_url host', async () => {
    const calls: string[] = [];
    nock('http://127.0.0.1:4010')
      .get(`/v2/requests/status/${completedVideo.request_id}`)
      .reply(200, (uri) => {
        calls.push(uri);
        return completedVideo;
      });
    const adapter = testAdapter({ baseURL: 'http://127.0.0.1:4010' });
    await adapter.refresh(completedVideo.request_id, testContext());
    expect(calls).toEqual([`/v2/requests/status/${completedVideo.request_id}`]);
  });

  it('keeps polling through a 500 (core retries reads) and maps the later answer', async () => {
    intercept('GET', `/v2/requests/status/${completedVideo.request_id}`, 500, {
      error: 'Internal',
      message: 'boom',
    });
    intercept('GET', `/v2/requests/status/${completedVideo.request_id}`, 200, completedVideo);
    const ctx = testContext();
    const adapter = testAdapter({ clock: ctx.clock });
    const job = await adapter.refresh(completedVideo.request_id, ctx);
    expect(job.status).toBe('done');
    expect(ctx.clock.sleeps).toEqual([500]);
  });
});
