import type { ProviderId } from '@grok-imagine/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createImagine, type GenerationRequest } from '../../src/index.ts';
import { expectNamedRefusal, SEED } from './property-checks.ts';
import { REQUEST_FIELDS, requestArbitrary } from './request-arbitrary.ts';

const PROVIDERS: ProviderId[] = ['xai', 'pixazo', 'vydra'];
// `colour` is the unknown field the generator adds: a refusal names it.
const ROOTS = [...REQUEST_FIELDS, 'request', 'colour'];

function imagineFor(provider: ProviderId) {
  // No keys, no network: quote needs neither.
  return createImagine({ provider, env: {}, providers: { vydra: { usdPerCredit: '0.001' } } });
}

describe.each(PROVIDERS)('%s: quote over arbitrary requests', (provider) => {
  const imagine = imagineFor(provider);
  const twin = imagineFor(provider);
  const seen = { accepted: 0, refused: 0 };

  it('quotes an accepted request exactly and deterministically, refuses the rest naming the field', () => {
    fc.assert(
      fc.property(requestArbitrary, (input) => {
        const request = input as unknown as GenerationRequest;
        let quote: ReturnType<typeof imagine.quote>;
        try {
          quote = imagine.quote(request);
        } catch (error) {
          seen.refused++;
          expectNamedRefusal(error, ROOTS);
          // The same input is refused the same way by another instance.
          expect(() => twin.quote(request)).toThrow((error as Error).message);
          return;
        }
        seen.accepted++;
        // No USD figure only where the provider publishes no price (the quote says so).
        if (quote.usdTicks === undefined) expect(quote.confidence).toBe('unknown');
        else {
          expect(Number.isSafeInteger(quote.usdTicks)).toBe(true);
          expect(quote.usdTicks).toBeGreaterThanOrEqual(0);
        }
        expect(quote.provider).toBe(provider);
        expect(imagine.quote(request)).toEqual(quote);
        expect(twin.quote(request)).toEqual(quote);
      }),
      { seed: SEED, numRuns: 400 },
    );
    // The generator must reach both sides, or the property proves little.
    expect(seen.accepted).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(20);
  });
});
