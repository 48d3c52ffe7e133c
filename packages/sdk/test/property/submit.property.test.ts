import type { ProviderId } from '@grok-imagine/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImagine, type GenerationRequest, type GrokImagineError } from '../../src/index.ts';
import { type EmulatorWorld, startEmulatorWorld } from '../helpers/emulator-env.ts';
import { expectNamedRefusal, expectNotCharged, SEED } from './property-checks.ts';
import { REQUEST_FIELDS, requestArbitrary } from './request-arbitrary.ts';

const PROVIDERS: ProviderId[] = ['xai', 'pixazo', 'vydra'];
const ROOTS = [...REQUEST_FIELDS, 'request', 'colour'];

let world: EmulatorWorld;
beforeAll(async () => {
  world = await startEmulatorWorld();
});
afterAll(async () => {
  await world?.emulator.close();
});

function imagineFor(provider: ProviderId) {
  return createImagine({
    provider,
    env: world.keysEnv,
    clock: world.clock,
    providers: {
      xai: { ...world.providers.xai, limits: false },
      pixazo: { ...world.providers.pixazo, limits: false },
      vydra: { ...world.providers.vydra, limits: false },
    },
    // Pending jobs must not hold slots: a submit waiting for one would poll the emulator.
    maxConcurrentJobs: false,
  });
}

describe.each(PROVIDERS)('%s: submit over arbitrary requests, against the emulator', (provider) => {
  const seen = { refused: 0, sent: 0 };

  it('a request the SDK refuses reaches no server; the refusal names the field and says nothing was charged', async () => {
    const imagine = imagineFor(provider);
    await fc.assert(
      fc.asyncProperty(requestArbitrary, async (input) => {
        const request = input as unknown as GenerationRequest;
        const before = world.emulator.requests.length;
        let quoteError: unknown;
        try {
          imagine.quote(request);
        } catch (error) {
          quoteError = error;
        }
        const outcome = await imagine.submit(request).then(
          (job) => ({ ok: true as const, job }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        const sent = world.emulator.requests.length - before;
        if (quoteError !== undefined) {
          // Refused by the checks quote shares: submit refuses alike, before anything is sent.
          expect(outcome.ok).toBe(false);
          const error = expectNamedRefusal(!outcome.ok && outcome.error, ROOTS);
          expect(error.name).toBe((quoteError as Error).name);
          expectNotCharged(error);
          expect(sent).toBe(0);
          seen.refused++;
          return;
        }
        if (outcome.ok) {
          expect(sent).toBeGreaterThan(0);
          seen.sent++;
          return;
        }
        const error = expectNamedRefusal(outcome.error, ROOTS) as GrokImagineError;
        // Refused at submit time (media the provider cannot take inline, …): still nothing sent.
        if (sent === 0) {
          expectNotCharged(error);
          seen.refused++;
        } else {
          expect(error.accepted).toBeDefined();
          seen.sent++;
        }
      }),
      { seed: SEED, numRuns: 120 },
    );
    expect(seen.refused).toBeGreaterThan(10);
    expect(seen.sent).toBeGreaterThan(10);
  });
});
