import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { XAI_EXAMPLES } from '../testing/doc-examples.ts';
import { type TestEmulator, authed, send, startTestEmulator } from '../testing/harness.ts';
import { readXaiQuirks } from './xai-markers.ts';

let t: TestEmulator;
const url = (path: string) => `${t.emulator.xaiBaseURL}${path}`;

beforeEach(async () => {
  t = await startTestEmulator();
});
afterEach(async () => {
  await t.emulator.close();
});

/** Submits the text-to-video example with `prompt`, moves past the job's end, reads its status once. */
async function finishedVideo(prompt: string) {
  const created = await send(
    url('/videos/generations'),
    authed('xai', { ...XAI_EXAMPLES.textToVideo, prompt }),
  );
  expect(created.status).toBe(200);
  const id = (created.json as { request_id: string }).request_id;
  t.clock.advance(10_000);
  return send(url(`/videos/${id}`), authed('xai'));
}

describe('xAI prompt markers for the answers issue 13 asks about', () => {
  it('reads markers case-insensitively, several at once, and nothing else', () => {
    expect([...readXaiQuirks('a [XAI:No-Video] b [xai:done-202]')].sort()).toEqual(['done-202', 'no-video']);
    expect(readXaiQuirks('[xai:unknown] [fail]').size).toBe(0);
    expect(readXaiQuirks(undefined).size).toBe(0);
  });

  it('[xai:no-video]: done with video null; [xai:empty-url]: done with an empty URL', async () => {
    const none = await finishedVideo('waves [xai:no-video]');
    expect(none.status).toBe(200);
    expect(none.json).toEqual({
      status: 'done',
      video: null,
      model: 'grok-imagine-video',
      progress: 100,
      usage: { cost_in_usd_ticks: 7_000_000_000 },
    });
    const empty = await finishedVideo('waves [xai:empty-url]');
    expect(empty.json).toMatchObject({
      status: 'done',
      video: { url: '', duration: 10, respect_moderation: true },
    });
  });

  it('[xai:no-status]: the done answer carries the video but no status; [xai:done-202]: it comes as a 202', async () => {
    const bare = await finishedVideo('waves [xai:no-status]');
    expect(bare.status).toBe(200);
    expect(bare.json).not.toHaveProperty('status');
    expect(bare.json).toMatchObject({ video: { url: expect.stringMatching(/\.mp4$/) } });
    const accepted = await finishedVideo('waves [xai:done-202]');
    expect(accepted.status).toBe(202);
    expect(accepted.json).toMatchObject({ status: 'done', video: { url: expect.stringMatching(/\.mp4$/) } });
  });

  it('[xai:no-code] and [xai:numeric-code] fail the video (refunded), with no code or a numeric one', async () => {
    const before = t.emulator.getBalance('xai', t.emulator.keys.xai);
    expect((await finishedVideo('storm [xai:no-code]')).json).toEqual({
      status: 'failed',
      error: { message: 'Video generation failed.' },
      model: 'grok-imagine-video',
      progress: 100,
      usage: { cost_in_usd_ticks: 0 },
    });
    expect((await finishedVideo('storm [xai:numeric-code]')).json).toMatchObject({
      status: 'failed',
      error: { code: 500, message: 'Video generation failed.' },
    });
    expect(t.emulator.getBalance('xai', t.emulator.keys.xai)).toBe(before);
  });

  it('[xai:moderate-first] withholds only the first image; [moderate] withholds all', async () => {
    const body = (prompt: string) => authed('xai', { ...XAI_EXAMPLES.imageGeneration, n: 3, prompt });
    const some = await send(url('/images/generations'), body('fox [xai:moderate-first]'));
    expect(
      (some.json as { data: { respect_moderation: boolean }[] }).data.map((d) => d.respect_moderation),
    ).toEqual([false, true, true]);
    const all = await send(url('/images/generations'), body('fox [moderate]'));
    expect(
      (all.json as { data: { respect_moderation: boolean }[] }).data.map((d) => d.respect_moderation),
    ).toEqual([false, false, false]);
  });

  it('[xai:no-edits-endpoint]: POST /videos/edits is 404 and creates nothing; the document form still works', async () => {
    const prompt = 'sepia [xai:no-edits-endpoint]';
    const video = { url: 'https://example.com/video.mp4' };
    const edits = await send(
      url('/videos/edits'),
      authed('xai', { model: 'grok-imagine-video', prompt, video }),
    );
    expect(edits.status).toBe(404);
    expect(edits.json).toEqual({ code: 'not_found', error: 'No route for /videos/edits' });
    expect(t.emulator.jobs.size).toBe(0);
    const documented = await send(
      url('/videos/generations'),
      authed('xai', { model: 'grok-imagine-video', prompt, video_url: video.url }),
    );
    expect(documented.status).toBe(200);
    expect(t.emulator.jobs.size).toBe(1);
  });
});
