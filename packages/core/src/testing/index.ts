export type { AdapterContractFixture, ContractScenario } from './contract-types.ts';
export { createFakeClock, type FakeClock } from './fake-clock.ts';
