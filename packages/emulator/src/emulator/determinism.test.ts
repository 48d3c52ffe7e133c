import { describe, expect, it } from 'vitest';
import { PIXAZO_EXAMPLES, VYDRA_EXAMPLES, XAI_EXAMPLES } from '../testing/doc-examples.ts';
import { authed, send, startTestEmulator } from '../testing/harness.ts';
import { DEFAULT_EMULATOR_KEYS } from './emulator-options.ts';
import { startEmulator } from './start-emulator.ts';

async function idsFor(seed: number): Promise<unknown[]> {
  const { emulator } = await startTestEmulator({ seed });
  const pixazo = PIXAZO_EXAMPLES[1];
  const answers = [
    await send(`${emulator.xaiBaseURL}/videos/generations`, authed('xai', XAI_EXAMPLES.textToVideo)),
    await send(`${emulator.pixazoBaseURL}/${pixazo.model}/v1/${pixazo.path}`, authed('pixazo', pixazo.body)),
    await send(`${emulator.vydraBaseURL}/models/grok-imagine`, authed('vydra', VYDRA_EXAMPLES.video)),
    await send(`${emulator.xaiBaseURL}/images/generations`, authed('xai', XAI_EXAMPLES.imageGeneration)),
  ];
  const jobs = [...emulator.jobs.values()].map((job) => [
    job.id,
    job.readyAt,
    job.mediaUrls.map((u) => new URL(u).pathname),
  ]);
  await emulator.close();
  return [
    answers.map((a) => a.json).map((body) => JSON.stringify(body).replace(/127\.0\.0\.1:\d+/g, 'host')),
    jobs,
  ];
}

describe('determinism', () => {
  it('gives the same ids, timings and media tokens for the same seed, and others for another seed', async () => {
    const first = await idsFor(7);
    expect(await idsFor(7)).toEqual(first);
    expect(await idsFor(8)).not.toEqual(first);
  });
});

describe('startEmulator', () => {
  it('listens on 127.0.0.1 with the documented base URL shapes and default keys', async () => {
    const emulator = await startEmulator({ seed: 3 });
    try {
      expect(emulator.xaiBaseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/xai\/v1$/);
      expect(emulator.pixazoBaseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pixazo$/);
      expect(emulator.vydraBaseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/vydra\/api\/v1$/);
      expect(emulator.mediaURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(emulator.keys).toEqual(DEFAULT_EMULATOR_KEYS);
      expect(emulator.seed).toBe(3);
    } finally {
      await emulator.close();
    }
  });

  it('runs on the real clock at a high speed: a video finishes after a short real wait', async () => {
    const emulator = await startEmulator({ seed: 1, speed: 100 });
    try {
      const submit = await send(
        `${emulator.xaiBaseURL}/videos/generations`,
        authed('xai', XAI_EXAMPLES.textToVideo),
      );
      const { request_id } = submit.json as { request_id: string };
      const job = emulator.jobs.get(request_id)!;
      await new Promise((resolve) => setTimeout(resolve, job.readyAt - Date.now() + 5));
      expect((await send(`${emulator.xaiBaseURL}/videos/${request_id}`, authed('xai'))).json).toMatchObject({
        status: 'done',
      });
    } finally {
      await emulator.close();
    }
  });

  it('answers an unknown path with a JSON 404 and records it', async () => {
    const { emulator } = await startTestEmulator();
    const answer = await send(`${emulator.xaiBaseURL.replace('/xai/v1', '')}/other`);
    expect(answer.status).toBe(404);
    expect(emulator.requests[0]).toMatchObject({ provider: 'unknown', path: '/other', status: 404 });
    await emulator.close();
  });
});
