import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeAdapterContract } from '../src/testing/contract-suite.ts';
import { createFakeClock } from '../src/testing/fake-clock.ts';
import { SAMPLE_REQUESTS, sampleRequestFor } from '../src/testing/sample-requests.ts';
import { createToyAdapter, TOY_ORIGIN } from './support/toy-adapter.ts';

const apiKey = 'toy-key-0123456789-SECRET';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  // Every scenario must use exactly the interceptors it registered.
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

describeAdapterContract({
  provider: 'xai',
  apiKey,
  createAdapter: ({ clock }) => createToyAdapter({ clock, apiKey }),
  imageDone: {
    request: { type: 'text-to-image', prompt: 'A lighthouse', n: 2 },
    intercept: () => {
      nock(TOY_ORIGIN)
        .post('/v1/images', { prompt: 'A lighthouse', n: 2 })
        .reply(200, {
          id: 'img-1',
          images: [{ url: 'https://cdn.toy/1.jpg' }, { url: 'https://cdn.toy/2.jpg' }],
        });
    },
  },
  videoDone: {
    request: { type: 'text-to-video', prompt: 'Waves' },
    intercept: () => {
      nock(TOY_ORIGIN)
        .post('/v1/videos', { prompt: 'Waves', duration: 6 })
        .reply(202, { id: 'vid-1' })
        .get('/v1/videos/vid-1')
        .reply(200, { id: 'vid-1', status: 'queued' })
        .get('/v1/videos/vid-1')
        // A status the adapter does not know stays pending; the wait goes on.
        .reply(200, { id: 'vid-1', status: 'warming_up' })
        .get('/v1/videos/vid-1')
        .reply(200, { id: 'vid-1', status: 'running', progress: 50 })
        .get('/v1/videos/vid-1')
        .reply(200, { id: 'vid-1', status: 'done', video_url: 'https://cdn.toy/v.mp4' });
    },
  },
  videoFailed: {
    request: { type: 'text-to-video', prompt: 'Forbidden' },
    message: 'the prompt was rejected',
    intercept: () => {
      nock(TOY_ORIGIN)
        .post('/v1/videos')
        .reply(202, { id: 'vid-2' })
        .get('/v1/videos/vid-2')
        .reply(200, { id: 'vid-2', status: 'failed', error: 'Moderation: the prompt was rejected' });
    },
  },
  unauthorized: {
    request: { type: 'text-to-image', prompt: 'A lighthouse' },
    intercept: () => {
      nock(TOY_ORIGIN)
        .post('/v1/images')
        .reply(401, { error: `Invalid key ${apiKey}`, code: 'invalid_key' });
    },
  },
  answerImageCreate: (reply) => {
    nock(TOY_ORIGIN)
      .post('/v1/images')
      .reply(reply.status, () => reply.body, reply.headers);
  },
  statusNamesAnotherJob: {
    request: { type: 'text-to-video', prompt: 'Waves' },
    intercept: () => {
      nock(TOY_ORIGIN)
        .post('/v1/videos')
        .reply(202, { id: 'vid-4' })
        .get('/v1/videos/vid-4')
        .reply(200, { id: 'vid-5', status: 'done', video_url: 'https://cdn.toy/other.mp4' });
    },
  },
  rateLimitedThenAccepted: {
    request: { type: 'text-to-video', prompt: 'Waves' },
    intercept: () => {
      nock(TOY_ORIGIN)
        .post('/v1/videos')
        .reply(429, { error: 'Too many requests' }, { 'retry-after': '2' })
        .post('/v1/videos')
        .reply(202, { id: 'vid-3' });
    },
  },
});

describe('sampleRequestFor', () => {
  it('replaces defaults the provider lacks with its first allowed value or nearest bound', () => {
    const capabilities = createToyAdapter({ clock: createFakeClock(), apiKey }).capabilities;
    const narrowed = {
      ...capabilities,
      types: {
        'image-edit': { fields: { quality: { kind: 'enum' as const, values: ['quality'] } } },
        'text-to-video': { fields: { duration: { kind: 'range' as const, min: 8, max: 10 } } },
      },
    };
    expect(sampleRequestFor('image-edit', narrowed)).toMatchObject({ quality: 'quality' });
    expect(sampleRequestFor('text-to-video', narrowed)).toMatchObject({ duration: 8 });
    expect(sampleRequestFor('text-to-image', narrowed)).toEqual(SAMPLE_REQUESTS['text-to-image']);
  });
});
