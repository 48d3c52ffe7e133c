import { describe, expect, it } from 'vitest';
import { UnsupportedError } from '../errors/unsupported-error.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import { REQUEST_TYPES, type RequestType } from '../request/request-types.ts';
import { rejection, setupContract, withoutNetwork } from './contract-setup.ts';
import type { AdapterContractFixture } from './contract-types.ts';
import { expectWellFormedAdapter } from './expect-well-formed-adapter.ts';
import { SAMPLE_REQUESTS, sampleRequestFor } from './sample-requests.ts';

/**
 * The adapter as data and its plan: well-formed capabilities and prices, one plan per supported
 * type (a route and the same quote `client.quote` gives, with no network), and an unsupported type
 * refused before anything is sent.
 */
export function describePlanningContract(fixture: AdapterContractFixture, probe: ProviderAdapter): void {
  const { provider } = fixture;
  const supported = Object.keys(probe.capabilities.types) as RequestType[];
  const unsupported = REQUEST_TYPES.filter((type) => !supported.includes(type));

  describe('data and plan', () => {
    it('has well-formed id, capabilities, poll hint and price catalog', () => {
      expect(probe.id).toBe(provider);
      expectWellFormedAdapter(probe);
    });

    for (const type of supported) {
      it(`plan(${type}) names a route and the quote client.quote gives, without network`, async () => {
        const { adapter, client } = setupContract(fixture);
        await withoutNetwork(() => {
          const request = sampleRequestFor(type, adapter.capabilities);
          const prepared = client.prepare(request);
          const { plan } = prepared;
          expect(typeof plan.route, 'route is a string').toBe('string');
          expect(plan.route.length, 'route is not empty').toBeGreaterThan(0);
          expect(Array.isArray(plan.warnings)).toBe(true);
          expect(plan.quote.provider).toBe(provider);
          expect(plan.quote.type).toBe(type);
          expect(Array.isArray(plan.quote.lines)).toBe(true);
          expect(['documented', 'inferred', 'unknown']).toContain(plan.quote.confidence);
          if (plan.quote.usdTicks !== undefined) expect(Number.isInteger(plan.quote.usdTicks)).toBe(true);
          expect(client.quote(request), 'quote and submit share one plan').toEqual(plan.quote);
          expect(adapter.plan(prepared.request), 'the same request plans the same way').toEqual(plan);
        });
      });
    }

    it.skipIf(unsupported.length === 0)(
      `an unsupported type (${unsupported[0] ?? 'none'}) is UnsupportedError before any network or ledger write`,
      async () => {
        const { client } = setupContract(fixture);
        const request = SAMPLE_REQUESTS[unsupported[0]!];
        await withoutNetwork(async () => {
          const error = await rejection(client.submit(request));
          expect(UnsupportedError.isInstance(error), `expected UnsupportedError, got ${error.name}`).toBe(
            true,
          );
          expect(error.provider).toBe(provider);
          expect(error.accepted, 'refused before sending').toBe('no');
          expect(() => client.quote(request)).toThrow(/does not support/);
        });
        expect(client.ledger.entries()).toEqual([]);
      },
    );
  });
}
