import './__fixtures__/nock-setup.ts';
import { ContentPolicyError, JobFailedError, UnsupportedError } from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import docResponse from './__fixtures__/doc-image-generation.response.json' with { type: 'json' };
import docStart from './__fixtures__/doc-video-start.response.json' with { type: 'json' };
import docPending from './__fixtures__/doc-video-status-pending.json' with { type: 'json' };
import emptyUrl from './__fixtures__/video-status-done-empty-url.json' with { type: 'json' };
import moderated from './__fixtures__/video-status-done-moderated.json' with { type: 'json' };
import noVideo from './__fixtures__/video-status-done-no-video.json' with { type: 'json' };
import doneUsage from './__fixtures__/video-status-done-usage.json' with { type: 'json' };
import failedNoCode from './__fixtures__/video-status-failed-no-code.json' with { type: 'json' };
import failedNumeric from './__fixtures__/video-status-failed-numeric-code.json' with { type: 'json' };
import failedInternal from './__fixtures__/video-status-failed-internal.json' with { type: 'json' };
import failed from './__fixtures__/video-status-failed.json' with { type: 'json' };
import withoutStatus from './__fixtures__/video-status-without-status.json' with { type: 'json' };
import { createTestKit, xaiApi, xaiPost } from './__fixtures__/xai-test-kit.ts';

const ID = docStart.request_id;
const STATUS = `/v1/videos/${ID}`;

/** Runs generate for a text-to-video whose one status read answers `body`; returns the error, if any. */
async function generateEndingWith(body: unknown) {
  const { client } = createTestKit();
  xaiPost().post('/v1/videos/generations').reply(200, docStart);
  const read = xaiApi()
    .get(STATUS)
    .reply(200, body as object);
  const outcome = await client.generate({ type: 'text-to-video', prompt: 'Waves', duration: 6 }).then(
    (job) => ({ job, error: undefined }),
    (error: unknown) => ({ job: undefined, error }),
  );
  read.done();
  return outcome;
}

describe('the xAI adapter under core’s client', () => {
  it('generates a video: submit, 202 empty, pending, done — polling on the fake clock only', async () => {
    const { client, clock } = createTestKit();
    const scope = xaiPost().post('/v1/videos/generations').reply(200, docStart);
    const reads = xaiApi()
      .get(STATUS)
      .reply(202, '')
      .get(STATUS)
      .reply(200, docPending)
      .get(STATUS)
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

  it('an answer without `status` but with the video ends the wait done', async () => {
    const { job } = await generateEndingWith(withoutStatus);
    expect(job).toMatchObject({ status: 'done', outputs: [{ url: withoutStatus.video.url }] });
  });

  it('done with video: null → JobFailedError no_output; the reported cost still counts', async () => {
    const { error } = await generateEndingWith(noVideo);
    expect(error).toBeInstanceOf(JobFailedError);
    const job = (error as JobFailedError).job;
    expect(job).toMatchObject({
      status: 'failed',
      outputs: [],
      error: { code: 'no_output', retryable: false },
      cost: { usdTicks: 4_200_000_000, basis: 'reported' },
    });
    expect((error as Error).message).toBe(
      `Job xai:${ID} failed: The provider reported the job done but returned no output.`,
    );
  });

  it('done with an empty video.url → JobFailedError no_output; the catalog cost is kept, marked unknown', async () => {
    const { error } = await generateEndingWith(emptyUrl);
    expect(error).toBeInstanceOf(JobFailedError);
    expect((error as JobFailedError).job).toMatchObject({
      status: 'failed',
      error: { code: 'no_output' },
      cost: { usdTicks: 4_200_000_000, basis: 'catalog', charged: 'unknown' },
    });
  });

  it('a moderated video (every output withheld) → ContentPolicyError, job failed content_policy', async () => {
    const { error } = await generateEndingWith(moderated);
    expect(error).toBeInstanceOf(ContentPolicyError);
    expect((error as ContentPolicyError).job).toMatchObject({
      status: 'failed',
      error: { code: 'content_policy', retryable: false },
    });
  });

  it('a failure without a code → JobFailedError, not retryable', async () => {
    const { error } = await generateEndingWith(failedNoCode);
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).toMatchObject({ code: 'failed', retryable: false });
    expect((error as Error).message).toBe(`Job xai:${ID} failed: Video generation failed.`);
  });

  it('a numeric failure code reporting zero cost: not retryable, not charged, no cost counted', async () => {
    const { error } = await generateEndingWith(failedNumeric);
    expect(error).toMatchObject({ code: '500', retryable: false });
    const job = (error as JobFailedError).job;
    expect(job?.error).toMatchObject({ charged: false });
    expect(job?.cost).toBeUndefined();
  });

  it('throws JobFailedError carrying xAI’s failure message from generate', async () => {
    const { error } = await generateEndingWith(failedInternal);
    expect(error).toBeInstanceOf(JobFailedError);
    expect((error as JobFailedError).job?.error).toMatchObject({ code: 'internal_error', retryable: true });
  });

  it('a moderation failure (content_policy_violation) rejects with ContentPolicyError carrying the job', async () => {
    const { error } = await generateEndingWith(failed);
    expect(error).toBeInstanceOf(ContentPolicyError);
    expect((error as Error).message).toContain('The generated video was rejected by content moderation');
    expect((error as ContentPolicyError).job?.status).toBe('failed');
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

  it('has no account endpoint: the client says so', async () => {
    const { client } = createTestKit();
    expect(await client.account()).toEqual({
      provider: 'xai',
      supported: false,
      note: 'xai has no account endpoint.',
    });
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
