import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImagine, type GrokImagineConfig, type Job } from '../src/index.ts';
import { type EmulatorWorld, startEmulatorWorld } from './helpers/emulator-env.ts';

let world: EmulatorWorld;
beforeAll(async () => {
  world = await startEmulatorWorld();
});
afterAll(async () => {
  await world?.emulator.close();
});

/** The "program": the same code for every run; only the environment differs. */
async function program(config: GrokImagineConfig): Promise<{ image: Job; video: Job }> {
  const imagine = createImagine(config);
  const image = await imagine.generate({ type: 'text-to-image', prompt: 'a lighthouse at dusk' });
  const video = await imagine.generate({ type: 'text-to-video', prompt: 'waves on rocks', duration: 6 });
  return { image, video };
}

describe('swap without code changes', () => {
  it.each(['xai', 'pixazo', 'vydra'] as const)(
    'generates an image and a video on %s with only GROK_IMAGINE_PROVIDER changed',
    async (provider) => {
      const env = { ...world.keysEnv, GROK_IMAGINE_PROVIDER: provider };
      const { image, video } = await program({ env, clock: world.clock, providers: world.providers });
      for (const job of [image, video]) {
        expect(job.provider).toBe(provider);
        expect(job.id.startsWith(`${provider}:`)).toBe(true);
        expect(job.status).toBe('done');
        expect(job.outputs.length).toBeGreaterThan(0);
      }
      // Every video has a cost (reported, else catalog); Pixazo publishes no image price.
      expect(video.cost).toBeDefined();
      if (provider !== 'pixazo') expect(image.cost).toBeDefined();
      expect(image.outputs[0]!.mimeType).toMatch(/^image\//);
      expect(video.outputs[0]!.mimeType).toBe('video/mp4');
      const made = [...world.emulator.jobs.values()].filter((job) => video.id.endsWith(job.id));
      expect(made.map((job) => job.provider)).toEqual([provider]);
    },
  );

  it.each(['xai', 'pixazo', 'vydra'] as const)(
    'runs on %s with keys and base URLs from the environment alone (no providers section)',
    async (provider) => {
      const env = {
        ...world.keysEnv,
        GROK_IMAGINE_PROVIDER: provider,
        XAI_BASE_URL: world.emulator.xaiBaseURL,
        PIXAZO_BASE_URL: world.emulator.pixazoBaseURL,
        VYDRA_BASE_URL: world.emulator.vydraBaseURL,
      };
      const before = world.emulator.requests.length;
      const image = await createImagine({ env, clock: world.clock }).generate({
        type: 'text-to-image',
        prompt: 'a red fox',
      });
      expect(image).toMatchObject({ provider, status: 'done' });
      const reached = world.emulator.requests.slice(before).map((request) => request.provider);
      expect(reached).toContain(provider);
    },
  );

  it('routes get() of a job by its id to the provider that made it, while the config names another', async () => {
    const env = { ...world.keysEnv, GROK_IMAGINE_PROVIDER: 'pixazo' };
    const onPixazo = createImagine({ env, clock: world.clock, providers: world.providers });
    const submitted = await onPixazo.submit({ type: 'text-to-video', prompt: 'a kite', duration: 5 });
    expect(submitted.provider).toBe('pixazo');

    const nowVydra = createImagine({
      env: { ...env, GROK_IMAGINE_PROVIDER: 'vydra' },
      clock: world.clock,
      providers: world.providers,
    });
    expect(nowVydra.provider).toBe('vydra');
    const before = world.emulator.requests.length;
    const seen = await nowVydra.get(submitted.id);
    expect(seen.id).toBe(submitted.id);
    expect(seen.provider).toBe('pixazo');
    const done = await nowVydra.wait(submitted.id);
    expect(done.status).toBe('done');
    const reads = world.emulator.requests.slice(before);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((request) => request.provider === 'pixazo' && request.method === 'GET')).toBe(true);
  });
});
