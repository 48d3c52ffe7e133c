import { createFakeClock } from '@grok-imagine/core/testing';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GrokImagineConfig } from '../config/grok-imagine-config.ts';
import { MemoryLedgerStore } from '@grok-imagine/core';
import { createImagine } from './create-imagine.ts';

const XAI = 'https://api.xai.test';
const PIXAZO = 'https://gateway.pixazo.test';
const REQUEST_ID = 'grok-imagine-video-text-to-video_019d0000-0000-0000-0000-000000000001';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

function config(store: MemoryLedgerStore, provider: GrokImagineConfig['provider']): GrokImagineConfig {
  return {
    env: {},
    provider,
    store,
    clock: createFakeClock(),
    providers: {
      xai: { apiKey: 'test-xai-key', baseURL: `${XAI}/v1`, limits: false },
      pixazo: { apiKey: 'test-pixazo-key', baseURL: PIXAZO, limits: false },
    },
  };
}

describe('reads of journaled jobs in a later process', () => {
  it('answers a finished job from the journal without a request (xAI keeps no record of images)', async () => {
    const store = new MemoryLedgerStore();
    nock(XAI)
      .post('/v1/images/generations')
      .reply(200, { data: [{ url: 'https://imgen.x.ai/a.jpeg', respect_moderation: true }] });
    const first = await createImagine(config(store, 'xai')).generate({
      type: 'text-to-image',
      prompt: 'a kite',
    });

    const later = createImagine(config(store, 'pixazo'));
    const read = await later.get(first.id);
    expect(read).toMatchObject({
      id: first.id,
      status: 'done',
      outputs: [{ url: 'https://imgen.x.ai/a.jpeg' }],
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('restores the catalog cost from the journaled quote when the provider reports none', async () => {
    const store = new MemoryLedgerStore();
    nock(PIXAZO)
      .post('/grok-imagine-video-text-to-video/v1/grok-imagine-video-text-to-video-request')
      .reply(202, { request_id: REQUEST_ID, status: 'QUEUED', polling_url: 'https://gateway.pixazo.ai/x' });
    const submitted = await createImagine(config(store, 'pixazo')).submit({
      type: 'text-to-video',
      prompt: 'a fox',
    });

    nock(PIXAZO)
      .get(`/v2/requests/status/${REQUEST_ID}`)
      .reply(200, {
        request_id: REQUEST_ID,
        status: 'COMPLETED',
        error: null,
        output: { media_url: ['https://cdn.test/out.mp4'], media_type: 'video/mp4' },
      });
    const later = createImagine(config(store, 'xai'));
    const done = await later.wait(submitted.id);
    // 6 s at 720p × $0.07/s, from the quote the first process journaled.
    expect(done.cost).toEqual({ basis: 'catalog', usdTicks: 4_200_000_000, usd: 0.42 });
    expect(done.type).toBe('text-to-video');
  });
});

describe('maxSettledEntries', () => {
  it('keeps only the newest finished jobs in memory; spend still counts every one', async () => {
    nock(XAI)
      .post('/v1/images/generations')
      .times(3)
      .reply(200, { data: [{ url: 'https://imgen.x.ai/a.jpeg', respect_moderation: true }] });
    const imagine = createImagine({ ...config(new MemoryLedgerStore(), 'xai'), maxSettledEntries: 2 });
    const jobs = [];
    for (const prompt of ['one', 'two', 'three'])
      jobs.push(await imagine.generate({ type: 'text-to-image', prompt }));

    expect((await imagine.jobs()).map((entry) => entry.request.prompt)).toEqual(['two', 'three']);
    expect(await imagine.entry(jobs[0]?.id ?? '')).toBeUndefined();
    expect((await imagine.entry(jobs[2]?.id ?? ''))?.job?.status).toBe('done');
    expect(imagine.spend().jobs).toBe(3);
  });
});
