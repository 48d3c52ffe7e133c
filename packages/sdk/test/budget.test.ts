import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BudgetExceededError, createImagine } from '../src/index.ts';
import { type EmulatorWorld, startEmulatorWorld } from './helpers/emulator-env.ts';

let world: EmulatorWorld;
beforeAll(async () => {
  world = await startEmulatorWorld();
});
afterAll(async () => {
  await world?.emulator.close();
});

describe('budget over real HTTP', () => {
  it('refuses before sending anything, with the quote and the limit', async () => {
    const imagine = createImagine({
      env: world.keysEnv,
      clock: world.clock,
      providers: world.providers,
      budget: { maxUsdPerCall: '0.25' },
    });
    const before = world.emulator.requests.length;
    const refusal = await imagine
      .generate({ type: 'text-to-video', prompt: 'a long take', duration: 6, resolution: '720p' })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BudgetExceededError);
    expect(refusal).toMatchObject({ limit: 'maxUsdPerCall', quote: { provider: 'xai', usd: 0.42 } });
    expect(world.emulator.requests.length).toBe(before);
  });

  it('tracks what the provider reported and stops at maxUsdTotal', async () => {
    const imagine = createImagine({
      env: world.keysEnv,
      clock: world.clock,
      providers: world.providers,
      budget: { maxUsdTotal: '0.05' },
    });
    const first = await imagine.generate({ type: 'text-to-image', prompt: 'one' });
    const second = await imagine.generate({ type: 'text-to-image', prompt: 'two' });
    expect(first.cost).toMatchObject({ basis: 'reported', usdTicks: 200_000_000 });
    expect(imagine.spend()).toMatchObject({ usdTicks: 400_000_000, usd: 0.04, jobs: 2 });
    expect(second.cost?.basis).toBe('reported');
    const before = world.emulator.requests.length;
    await expect(imagine.generate({ type: 'text-to-image', prompt: 'three' })).rejects.toMatchObject({
      name: 'BudgetExceededError',
      limit: 'maxUsdTotal',
    });
    expect(world.emulator.requests.length).toBe(before);
  });
});
