/**
 * Testing your own code against the local emulator: real HTTP, no keys, no charges, no network.
 * Call `describeImagineOnEmulator()` at the top level of one of your `*.test.ts` files.
 */
import { type Emulator, startEmulator } from '@grok-imagine/emulator';
import {
  BotChallengeError,
  createImagine,
  type Imagine,
  JobFailedError,
  type ProviderId,
} from '@grok-imagine/sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** An `Imagine` whose three providers all point at the emulator. */
export function imagineOn(emulator: Emulator, provider: ProviderId): Imagine {
  return createImagine({
    provider,
    configFile: false, // ignore any grok-imagine.config.json in the working directory
    env: {}, // and the real keys in the environment
    providers: {
      xai: { apiKey: emulator.keys.xai, baseURL: emulator.xaiBaseURL },
      pixazo: { apiKey: emulator.keys.pixazo, baseURL: emulator.pixazoBaseURL },
      vydra: { apiKey: emulator.keys.vydra, baseURL: emulator.vydraBaseURL },
    },
    poll: { initialIntervalMs: 50, maxIntervalMs: 200 }, // the emulator is fast; poll often
  });
}

/** A small suite: one video per provider, a failure on demand, and faults survived or reported. */
export function describeImagineOnEmulator(): void {
  describe('my app on the emulator', () => {
    let emulator: Emulator;
    beforeAll(async () => {
      emulator = await startEmulator({ seed: 7, speed: 20 }); // same seed, same run
    });
    afterAll(() => emulator.close());

    it.each(['xai', 'pixazo', 'vydra'] as const)('makes a video on %s', async (provider) => {
      const job = await imagineOn(emulator, provider).generate({
        type: 'text-to-video',
        prompt: 'A paper plane over a city',
        duration: 6,
      });
      expect(job.status).toBe('done');
      expect(job.outputs[0]?.mimeType).toBe('video/mp4');
    });

    it('fails a job when the prompt carries [fail]', async () => {
      const failing = imagineOn(emulator, 'xai').generate({
        type: 'text-to-video',
        prompt: 'A storm [fail]',
      });
      await expect(failing).rejects.toBeInstanceOf(JobFailedError);
    });

    it('survives a 503 on the status endpoint', async () => {
      emulator.setFaults([{ provider: 'xai', method: 'GET', kind: 'status-503', times: 1 }]);
      const job = await imagineOn(emulator, 'xai').generate({ type: 'text-to-video', prompt: 'A calm sea' });
      expect(job.status).toBe('done');
      emulator.setFaults([]);
    });

    it('finds a Vydra job whose submit answer was lost, without submitting twice', async () => {
      // A fresh emulator: with no other recent job, the lost one is found by listing recent jobs.
      const fresh = await startEmulator({ seed: 8, speed: 20 });
      try {
        // Scripted: the first matching request is handled (job created, charged), then its answer is lost.
        fresh.setFaults({ provider: 'vydra', method: 'POST', steps: ['reset-after-accept'] });
        const job = await imagineOn(fresh, 'vydra').generate({ type: 'text-to-video', prompt: 'Lanterns' });
        expect(job.status).toBe('done');
        expect(fresh.jobs.size).toBe(1);
      } finally {
        await fresh.close();
      }
    });

    it("reports Pixazo's bot challenge on the status endpoint", async () => {
      emulator.setFaults([{ provider: 'pixazo', path: '/v2/requests/status/', kind: 'html-403' }]);
      const waiting = imagineOn(emulator, 'pixazo').generate({ type: 'text-to-video', prompt: 'A fox' });
      await expect(waiting).rejects.toBeInstanceOf(BotChallengeError);
      emulator.setFaults([]);
    });
  });
}
