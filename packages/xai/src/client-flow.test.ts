import './__fixtures__/nock-setup.ts';
import { JobFailedError, UnsupportedError } from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import docResponse from './__fixtures__/doc-image-generation.response.json' with { type: 'json' };
import docStart from './__fixtures__/doc-video-start.response.json' with { type: 'json' };
import docPending from './__fixtures__/doc-video-status-pending.json' with { type: 'json' };
import doneUsage from './__fixtures__/video-status-done-usage.json' with { type: 'json' };
import failed from './__fixtures__/video-status-failed.json' with { type: 'json' };
import { createTestKit, xaiApi, xaiPost } from './__fixtures__/xai-test-kit.ts';

const ID = docStart.request_id;

describe('the xAI adapter under core’s client', () => {
  it('generates a video: submit, 202 empty, pending, done — polling on the fake clock only', async () => {
    const { client, clock } = createTestKit();
    const scope = xaiPost().post('/v1/videos/generations').reply(200, docStart);
    const reads = xaiApi()
      .get(`/v1/videos/${ID}`)
      .reply(202, '')
      .get(`/v1/videos/${ID}`)
      .reply(200, docPending)
      .get(`/v1/videos/${ID}`)
      .reply(200, doneUsage);
    const seen: string[] = [];
    const job = await client.generate(
      { type: 'text-to-video', prompt: 'Waves at dawn' },
      { onProgress: (j) => seen.push(j.status) },
    );
    scope.done();
    reads.done();
    expect(job).toMatchObject({
      id: `xai:${ID}`,
      status: 'done',
      type: 'text-to-video',
      cost: { usdTicks: 4_200_000_000, basis: 'reported' },
    });
    expect(job.outputs[0]?.url).toBe(doneUsage.video.url);
    expect(seen.at(-1)).toBe('done');
    expect(clock.sleeps.length).toBeGreaterThanOrEqual(3);
  });

  it('throws JobFailedError carrying xAI’s failure message from generate', async () => {
    const { client } = createTestKit();
    xaiPost().post('/v1/videos/generations').reply(200, docStart);
    xaiApi().get(`/v1/videos/${ID}`).reply(200, failed);
    const error = await client.generate({ type: 'text-to-video', prompt: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobFailedError);
    expect((error as Error).message).toContain('The generated video was rejected by content moderation.');
  });

  it('generates an image without any status read (xAI answers synchronously)', async () => {
    const { client } = createTestKit();
    const scope = xaiPost().post('/v1/images/generations').reply(200, docResponse);
    const job = await client.generate({ type: 'text-to-image', prompt: 'A lighthouse' });
    scope.done();
    expect(job.status).toBe('done');
  });

  it('has no cancel: the client answers UnsupportedError', async () => {
    const { client, adapter } = createTestKit();
    expect(adapter.cancel).toBeUndefined();
    expect(adapter.capabilities.cancel).toBe(false);
    await expect(client.cancel(`xai:${ID}`)).rejects.toBeInstanceOf(UnsupportedError);
  });

  it('spaces video submissions one second apart (xAI allows 1 video request per second)', async () => {
    const { client, clock } = createTestKit();
    const scope = xaiPost().post('/v1/videos/generations').twice().reply(200, docStart);
    const start = clock.now();
    await client.submit({ type: 'text-to-video', prompt: 'one' });
    await client.submit({ type: 'text-to-video', prompt: 'two' });
    scope.done();
    expect(clock.now() - start).toBeGreaterThanOrEqual(1_000);
  });
});
