import { describeAdapterContract } from '@grok-imagine/core/testing';
import nock from 'nock';
import { afterEach, beforeAll } from 'vitest';
import { createVydraAdapter } from './adapter.ts';
import { API, KEY, vydra } from './__fixtures__/harness.ts';
import errors from './__fixtures__/errors.json' with { type: 'json' };
import failed from './__fixtures__/job-failed.json' with { type: 'json' };
import completed from './__fixtures__/job-video-completed.json' with { type: 'json' };
import imageDone from './__fixtures__/submit-image-200.json' with { type: 'json' };
import videoPending from './__fixtures__/submit-video-202.json' with { type: 'json' };

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const SUBMIT = `${API}/models/grok-imagine`;
const STATUS = `${API}/jobs/job_12345`;
const VIDEO_PROMPT = videoPending.input.prompt;
const IMAGE_PROMPT = 'A majestic dragon flying over a neon-lit cyberpunk city';

describeAdapterContract({
  provider: 'vydra',
  apiKey: KEY,
  createAdapter: ({ clock }) => createVydraAdapter({ apiKey: KEY, clock }),
  imageDone: {
    request: { type: 'text-to-image', prompt: IMAGE_PROMPT },
    intercept: () => {
      vydra().post(SUBMIT).reply(200, imageDone);
    },
  },
  videoDone: {
    request: { type: 'text-to-video', prompt: VIDEO_PROMPT },
    intercept: () => {
      vydra()
        .post(SUBMIT)
        .reply(202, videoPending)
        .get(STATUS)
        .reply(200, { id: 'job_12345', status: 'pending', progress: 0 })
        .get(STATUS)
        .reply(200, { id: 'job_12345', status: 'running', progress: 60 })
        .get(STATUS)
        .reply(200, completed);
    },
  },
  videoFailed: {
    request: { type: 'text-to-video', prompt: VIDEO_PROMPT },
    message: failed.statusMessage,
    intercept: () => {
      vydra().post(SUBMIT).reply(202, videoPending).get(STATUS).reply(200, failed);
    },
  },
  unauthorized: {
    request: { type: 'text-to-video', prompt: VIDEO_PROMPT },
    intercept: () => {
      vydra().post(SUBMIT).reply(401, errors.KEY_NOT_FOUND.body);
    },
  },
  rateLimitedThenAccepted: {
    request: { type: 'text-to-video', prompt: VIDEO_PROMPT },
    intercept: () => {
      vydra()
        .post(SUBMIT)
        .reply(429, errors.RATE_LIMIT_EXCEEDED.body, { 'Retry-After': '30' })
        .post(SUBMIT)
        .reply(202, videoPending);
    },
  },
  answerImageCreate: (reply) => {
    vydra()
      .post(SUBMIT, { model: 'text-to-image', prompt: IMAGE_PROMPT, aspect_ratio: '1:1' })
      .reply(reply.status, () => reply.body, reply.headers);
  },
  statusNamesAnotherJob: {
    request: { type: 'text-to-video', prompt: VIDEO_PROMPT },
    intercept: () => {
      vydra()
        .post(SUBMIT)
        .reply(202, videoPending)
        .get(STATUS)
        .reply(200, { ...completed, id: 'job_someone_else' });
    },
  },
  reconcileFindsNothing: () => {
    vydra().get(`${API}/jobs`).query({ limit: '100', offset: '0' }).reply(200, { data: [] });
  },
});
