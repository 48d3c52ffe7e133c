import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, createImagine } from '../src/index.ts';
import { type EmulatorWorld, startEmulatorWorld } from './helpers/emulator-env.ts';

let world: EmulatorWorld;
beforeAll(async () => {
  // Vydra keeps its default plan (Creator: 60 per minute, 10 at once), which the account reports.
  world = await startEmulatorWorld({ rateLimits: { xai: false, pixazo: false } });
});
afterAll(async () => {
  await world?.emulator.close();
});

const since = (seq: number) => world.emulator.requests.filter((request) => request.seq >= seq);
const nextSeq = () => world.emulator.requests.length;

describe('imagine.account against the emulator', () => {
  it('Vydra: the credits balance and the plan limits, read with the key', async () => {
    const imagine = createImagine({ env: world.keysEnv, provider: 'vydra', providers: world.providers });
    world.emulator.setBalance('vydra', world.emulator.keys.vydra, 4321);
    const before = nextSeq();
    expect(await imagine.account()).toEqual({
      provider: 'vydra',
      supported: true,
      credits: 4321,
      rateLimits: { requestsPerMinute: 60, concurrentJobs: 10, plan: 'creator' },
    });
    const reads = since(before);
    expect(reads.map((request) => `${request.method} ${request.path}`).sort()).toEqual([
      'GET /vydra/api/v1/account/rate-limits',
      'GET /vydra/api/v1/organization',
    ]);
    for (const request of reads) {
      expect(request.auth).toBe('valid');
      expect(request.headers.authorization).toBe('[redacted]');
    }
  });

  it.each(['xai', 'pixazo'] as const)(
    '%s: supported false with a note, without a key and without a request',
    async (provider) => {
      const imagine = createImagine({ env: {}, provider: 'vydra', providers: world.providers });
      const before = nextSeq();
      expect(await imagine.account(provider)).toEqual({
        provider,
        supported: false,
        note: `${provider} has no account endpoint.`,
      });
      expect(since(before)).toEqual([]);
    },
  );

  it('Vydra without a key: AuthenticationError naming the variable, before any request', async () => {
    const imagine = createImagine({ env: {}, provider: 'vydra', providers: world.providers });
    const before = nextSeq();
    const error = await imagine.account().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      code: 'missing_api_key',
      message: expect.stringContaining('VYDRA_API_KEY'),
    });
    expect(since(before)).toEqual([]);
  });
});
