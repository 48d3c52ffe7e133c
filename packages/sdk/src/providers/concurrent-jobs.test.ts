import { createFakeClock } from '@grok-imagine/core/testing';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GrokImagineConfig } from '../config/grok-imagine-config.ts';
import { createImagine } from '../imagine/create-imagine.ts';

const XAI = 'https://api.xai.test';
const VIDEO = { type: 'text-to-video', prompt: 'a fox in snow', duration: 6, resolution: '720p' } as const;

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});
afterAll(() => {
  nock.enableNetConnect();
});

/** Counts xAI video submissions and status reads; every job is done at its first read. */
function fakeXai() {
  const counts = { submits: 0, reads: 0, events: [] as string[] };
  nock(XAI)
    .persist()
    .post('/v1/videos/generations')
    .reply(200, () => {
      counts.events.push('submit');
      return { request_id: `00000000-0000-4000-8000-${String(++counts.submits).padStart(12, '0')}` };
    })
    .get(/\/v1\/videos\/.+/)
    .reply(200, () => {
      counts.reads++;
      counts.events.push('read');
      return { status: 'done', video: { url: 'https://cdn.test/v.mp4', duration: 6 }, progress: 100 };
    });
  return counts;
}

function imagine(extra: GrokImagineConfig) {
  return createImagine({
    env: {},
    clock: createFakeClock(),
    provider: 'xai',
    apiKey: 'xai-test-key',
    baseURL: `${XAI}/v1`,
    ...extra,
    providers: { xai: { limits: false, ...extra.providers?.xai } },
  });
}

describe('maxConcurrentJobs through createImagine', () => {
  it('keeps xAI’s documented 15 by default: the 16th submission waits for a job to end', async () => {
    const counts = fakeXai();
    const client = imagine({});
    await Promise.all(Array.from({ length: 16 }, () => client.submit(VIDEO)));
    expect(counts.submits).toBe(16);
    const sixteenth = counts.events.lastIndexOf('submit');
    expect(counts.events.slice(0, 15)).toEqual(Array(15).fill('submit'));
    expect(counts.events.slice(15, sixteenth)).toContain('read');
  });

  it('raises the cap per provider (providers.xai.maxConcurrentJobs) or for all (maxConcurrentJobs)', async () => {
    for (const extra of [
      { providers: { xai: { maxConcurrentJobs: 20 } } },
      { maxConcurrentJobs: 20 },
      { maxConcurrentJobs: 5, providers: { xai: { maxConcurrentJobs: false as const } } },
    ] satisfies GrokImagineConfig[]) {
      nock.cleanAll();
      const counts = fakeXai();
      const client = imagine(extra);
      await Promise.all(Array.from({ length: 20 }, () => client.submit(VIDEO)));
      expect(counts).toMatchObject({ submits: 20, reads: 0 });
    }
  });
});
