import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, createImagine } from '../src/index.ts';
import { type EmulatorWorld, startEmulatorWorld } from './helpers/emulator-env.ts';

let world: EmulatorWorld;
beforeAll(async () => {
  world = await startEmulatorWorld();
});
afterAll(async () => {
  await world?.emulator.close();
});

const VIDEO = { type: 'text-to-video', prompt: 'a city at night', duration: 6, resolution: '480p' } as const;

describe('compare', () => {
  it('gives one row per provider, cheapest first, without keys or network', async () => {
    nock.disableNetConnect();
    const before = world.emulator.requests.length;
    try {
      const rows = await compare(VIDEO, {
        providers: ['vydra', 'pixazo', 'xai'],
        config: { env: {}, providers: { vydra: { usdPerCredit: '0.001' } } },
      });
      expect(rows.map((row) => [row.provider, row.supported, row.usd, row.credits])).toEqual([
        ['vydra', true, 0.15, 150],
        ['pixazo', true, 0.3, undefined],
        ['xai', true, 0.3, undefined],
      ]);
      expect(rows.every((row) => row.sources.length > 0 && row.confidence !== undefined)).toBe(true);
      expect(rows[0]!.warnings).toEqual([
        expect.objectContaining({ field: 'resolution', provider: 'vydra' }),
      ]);
    } finally {
      nock.enableNetConnect('127.0.0.1');
    }
    expect(world.emulator.requests.length).toBe(before);
  });

  it('quotes what the provider then reports for the same request', async () => {
    const [row] = await compare(VIDEO, { providers: ['xai'], config: { env: {} } });
    const imagine = createImagine({ env: world.keysEnv, clock: world.clock, providers: world.providers });
    const job = await imagine.generate(VIDEO);
    expect(job.cost).toMatchObject({ basis: 'reported', usdTicks: row!.usdTicks });
  });
});
