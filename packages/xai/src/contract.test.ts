import './__fixtures__/nock-setup.ts';
import { describeAdapterContract } from '@grok-imagine/core/testing';
import docImage from './__fixtures__/doc-image-generation.response.json' with { type: 'json' };
import docStart from './__fixtures__/doc-video-start.response.json' with { type: 'json' };
import docPending from './__fixtures__/doc-video-status-pending.json' with { type: 'json' };
import doneUsage from './__fixtures__/video-status-done-usage.json' with { type: 'json' };
import failedInternal from './__fixtures__/video-status-failed-internal.json' with { type: 'json' };
import { TEST_KEY, xaiApi, xaiPost } from './__fixtures__/xai-test-kit.ts';
import { createXaiAdapter } from './adapter.ts';

const STATUS_PATH = `/v1/videos/${docStart.request_id}`;
const IMAGE_REQUEST = {
  type: 'text-to-image',
  prompt: 'A collage of London landmarks in a stenciled street-art style',
} as const;
const VIDEO_REQUEST = { type: 'text-to-video', prompt: 'A beautiful sunset over the ocean' } as const;

describeAdapterContract({
  provider: 'xai',
  apiKey: TEST_KEY,
  createAdapter: ({ clock }) => createXaiAdapter({ apiKey: TEST_KEY, env: {}, clock }),
  imageDone: {
    request: IMAGE_REQUEST,
    intercept: () => xaiPost().post('/v1/images/generations').reply(200, docImage),
  },
  videoDone: {
    request: VIDEO_REQUEST,
    intercept: () => {
      xaiPost().post('/v1/videos/generations').reply(200, docStart);
      xaiApi().get(STATUS_PATH).reply(202, '').get(STATUS_PATH).reply(200, docPending);
      xaiApi().get(STATUS_PATH).reply(200, doneUsage);
    },
  },
  videoFailed: {
    request: VIDEO_REQUEST,
    message: failedInternal.error.message,
    intercept: () => {
      xaiPost().post('/v1/videos/generations').reply(200, docStart);
      xaiApi().get(STATUS_PATH).reply(200, failedInternal);
    },
  },
  unauthorized: {
    request: { type: 'text-to-image', prompt: 'A lighthouse' },
    intercept: () =>
      xaiPost()
        .post('/v1/images/generations')
        .reply(401, { code: 'unauthorized', error: `Incorrect API key provided: ${TEST_KEY}.` }),
  },
  rateLimitedThenAccepted: {
    request: VIDEO_REQUEST,
    intercept: () =>
      xaiPost()
        .post('/v1/videos/generations')
        .reply(
          429,
          { code: 'rate_limit_exceeded', error: 'Too many requests (60/min).' },
          { 'retry-after': '2' },
        )
        .post('/v1/videos/generations')
        .reply(200, docStart),
  },
  answerImageCreate: (reply) =>
    xaiPost()
      .post('/v1/images/generations')
      .reply(reply.status, () => reply.body, reply.headers),
  statusNamesAnotherJob: {
    request: VIDEO_REQUEST,
    intercept: () => {
      xaiPost().post('/v1/videos/generations').reply(200, docStart);
      xaiApi()
        .get(STATUS_PATH)
        .reply(200, { ...docPending, request_id: '0f0f0f0f-0000-4000-8000-000000000000' });
    },
  },
});
