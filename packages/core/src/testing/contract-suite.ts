import { describe } from 'vitest';
import { describeAcceptanceContract } from './contract-acceptance.ts';
import { describeLifecycleContract } from './contract-lifecycle.ts';
import { describePlanningContract } from './contract-planning.ts';
import type { AdapterContractFixture } from './contract-types.ts';
import { createFakeClock } from './fake-clock.ts';

/**
 * The shared adapter contract (v2): every adapter package calls this with fixtures built from its own
 * documented payloads (network mocked with nock). The suite drives the adapter only through core's
 * `createClient`, so all adapters are held to the same rules: plans and quotes without network, jobs
 * core builds from the adapter's status union, the ledger's write-ahead record, and one acceptance
 * verdict per failed create (`no` → refused; `unknown` → `SubmissionUncertainError`, never re-sent).
 */
export function describeAdapterContract(fixture: AdapterContractFixture): void {
  const probe = fixture.createAdapter({ clock: createFakeClock() });
  describe(`${fixture.provider} adapter contract`, () => {
    describePlanningContract(fixture, probe);
    describeLifecycleContract(fixture);
    describeAcceptanceContract(fixture);
  });
}
