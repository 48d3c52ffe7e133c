import { describeAdapterContract } from '@grok-imagine/core/testing';
import nock from 'nock';
import { afterEach, beforeAll } from 'vitest';
import t2i641 from './__fixtures__/endpoints/grok-imagine-api-641.json' with { type: 'json' };
import t2v from './__fixtures__/endpoints/grok-imagine-video-text-to-video.json' with { type: 'json' };
import octet from './__fixtures__/status-completed-octet-stream.json' with { type: 'json' };
import completedVideo from './__fixtures__/status-completed-video.json' with { type: 'json' };
import statusError from './__fixtures__/status-error.json' with { type: 'json' };
import { createPixazoAdapter } from './adapter.ts';
import { PIXAZO_ENDPOINTS } from './endpoints.ts';
import { ORIGIN, TEST_KEY } from './testing/pixazo-test-kit.ts';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const t2iPath = PIXAZO_ENDPOINTS['grok-imagine-api-641'].path;
const t2vPath = PIXAZO_ENDPOINTS['grok-imagine-video-text-to-video'].path;
const status = (requestId: string) => `/v2/requests/status/${requestId}`;

describeAdapterContract({
  provider: 'pixazo',
  apiKey: TEST_KEY,
  createAdapter: ({ clock }) =>
    createPixazoAdapter({
      apiKey: TEST_KEY,
      clock,
      // Pixazo documents no image price; the suite wants a catalog cost on the image job, so this
      // fixture sets one the way a user would (a config override), not a documented figure.
      prices: { 'grok-imagine-api-641/image': { usd: '0.02', source: 'contract fixture' } },
      today: '2026-11-22',
    }),
  imageDone: {
    request: { type: 'text-to-image', prompt: t2i641.request.prompt },
    intercept: () => {
      nock(ORIGIN).post(t2iPath, t2i641.request).reply(202, t2i641.response);
      nock(ORIGIN)
        .get(status(octet.request_id))
        .reply(200, { ...octet, status: 'PROCESSING', output: null, completed_at: null });
      nock(ORIGIN).get(status(octet.request_id)).reply(200, octet);
    },
  },
  videoDone: {
    request: { type: 'text-to-video', prompt: t2v.request.prompt },
    intercept: () => {
      nock(ORIGIN).post(t2vPath, t2v.request).reply(202, t2v.response);
      nock(ORIGIN)
        .get(status(completedVideo.request_id))
        .reply(200, { ...completedVideo, status: 'PROCESSING', output: null, completed_at: null });
      nock(ORIGIN).get(status(completedVideo.request_id)).reply(200, completedVideo);
    },
  },
  videoFailed: {
    request: { type: 'text-to-video', prompt: t2v.request.prompt },
    message: 'Description of the error',
    intercept: () => {
      nock(ORIGIN).post(t2vPath, t2v.request).reply(202, t2v.response);
      nock(ORIGIN).get(status(statusError.request_id)).reply(200, statusError);
    },
  },
  unauthorized: {
    request: { type: 'text-to-video', prompt: t2v.request.prompt },
    intercept: () => {
      nock(ORIGIN).post(t2vPath).reply(401, {
        statusCode: 401,
        message:
          'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
      });
    },
  },
  answerImageCreate: (reply) => {
    nock(ORIGIN)
      .post(t2iPath)
      .reply(reply.status, () => reply.body, reply.headers);
  },
  statusNamesAnotherJob: {
    request: { type: 'text-to-video', prompt: t2v.request.prompt },
    intercept: () => {
      nock(ORIGIN).post(t2vPath, t2v.request).reply(202, t2v.response);
      nock(ORIGIN)
        .get(status(t2v.response.request_id))
        .reply(200, { ...completedVideo, request_id: 'grok-imagine-video-text-to-video_another-job' });
    },
  },
  rateLimitedThenAccepted: {
    request: { type: 'text-to-video', prompt: t2v.request.prompt },
    intercept: () => {
      nock(ORIGIN)
        .post(t2vPath, t2v.request)
        .reply(429, { error: 'Too Many Requests', message: 'Rate limit exceeded' }, { 'Retry-After': '2' });
      nock(ORIGIN).post(t2vPath, t2v.request).reply(202, t2v.response);
    },
  },
});
