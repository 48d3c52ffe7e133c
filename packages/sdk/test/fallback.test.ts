import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createImagine, MemoryLedgerStore, SubmissionUncertainError } from '../src/index.ts';
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

function imagine(store = new MemoryLedgerStore()) {
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
  it('moves to the next provider after a 429 (provably refused), submitting once to each', async () => {
    world.emulator.setFaults([
      {
        provider: 'xai',
        method: 'POST',
        path: '/videos/generations',
        kind: 'status-429',
        retryAfterSeconds: 1,
      },
    ]);
    const before = submissions(world.emulator).length;
    const store = new MemoryLedgerStore();
    const sdk = imagine(store);
    const job = await sdk.generate(VIDEO);

    expect(job.status).toBe('done');
    expect(job.provider).toBe('pixazo');
    expect(job.routing?.order).toEqual(['xai', 'pixazo']);
    expect(job.routing?.attempts).toEqual([
      { provider: 'xai', error: expect.objectContaining({ name: 'RateLimitError', status: 429 }) },
    ]);
    const made = submissions(world.emulator).slice(before);
    // core retried the 429 four times before giving up on xAI; nothing was created there.
    expect(made.filter((request) => request.provider === 'pixazo')).toHaveLength(1);
    expect(
      [...world.emulator.jobs.values()].filter(
        (j) => j.provider === 'xai' && (j.request as { prompt?: string }).prompt === VIDEO.prompt,
      ),
    ).toHaveLength(0);
    const entries = await sdk.jobs();
    expect(entries.map((entry) => [entry.provider, entry.state])).toEqual([
      ['xai', 'refused'],
      ['pixazo', 'accepted'],
    ]);
  });

  it('does not move on after a 5xx on the create: only one provider ever gets the job', async () => {
    world.emulator.setFaults([
      { provider: 'xai', method: 'POST', path: '/videos/generations', kind: 'status-503', times: 1 },
    ]);
    const before = submissions(world.emulator).length;
    await expect(imagine().submit(VIDEO)).rejects.toMatchObject({
      name: 'SubmissionUncertainError',
      accepted: 'unknown',
    });
    expect(
      submissions(world.emulator)
        .slice(before)
        .map((request) => request.provider),
    ).toEqual(['xai']);
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
