import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createImagine, MemoryJobStore, SubmissionUncertainError } from '../src/index.ts';
import { type EmulatorWorld, startEmulatorWorld, submissions } from './helpers/emulator-env.ts';

let world: EmulatorWorld;
beforeAll(async () => {
  world = await startEmulatorWorld();
});
afterEach(() => world.emulator.setFaults([]));
afterAll(async () => {
  await world?.emulator.close();
});

const VIDEO = { type: 'text-to-video', prompt: 'a paper boat', duration: 6 } as const;

function imagine(store = new MemoryJobStore()) {
  return createImagine({
    env: world.keysEnv,
    clock: world.clock,
    provider: 'xai',
    fallback: ['pixazo'],
    providers: world.providers,
    store,
  });
}

describe('fallback over real HTTP', () => {
  it('moves to the next provider after a 503, submitting exactly once to each', async () => {
    world.emulator.setFaults([
      { provider: 'xai', method: 'POST', path: '/videos/generations', kind: 'status-503' },
    ]);
    const before = submissions(world.emulator).length;
    const store = new MemoryJobStore();
    const sdk = imagine(store);
    const job = await sdk.generate(VIDEO);

    expect(job.status).toBe('done');
    expect(job.provider).toBe('pixazo');
    expect(job.routing?.order).toEqual(['xai', 'pixazo']);
    expect(job.routing?.attempts).toEqual([
      { provider: 'xai', error: expect.objectContaining({ name: 'ProviderError', status: 503 }) },
    ]);
    const made = submissions(world.emulator).slice(before);
    expect(made.map((request) => request.provider)).toEqual(['xai', 'pixazo']);
    const [record] = await sdk.jobs();
    expect(record).toMatchObject({ id: job.id, provider: 'pixazo', routing: job.routing });
  });

  it('does not move on when the first provider may have accepted the job', async () => {
    world.emulator.setFaults([
      { provider: 'xai', method: 'POST', path: '/videos/generations', kind: 'reset-after-accept', times: 1 },
    ]);
    const before = submissions(world.emulator).length;
    await expect(imagine().submit(VIDEO)).rejects.toBeInstanceOf(SubmissionUncertainError);
    expect(
      submissions(world.emulator)
        .slice(before)
        .map((request) => request.provider),
    ).toEqual(['xai']);
  });
});
