export { describeAdapterContract } from './contract-suite.ts';
export type { AdapterContractFixture, ContractScenario, CreateReply } from './contract-types.ts';
export { bodyCutAfter } from './cut-body.ts';
export { socketError } from './socket-error.ts';
export { withoutNetwork } from './contract-setup.ts';
export { expectWellFormedAdapter } from './expect-well-formed-adapter.ts';
export { createFakeClock, type FakeClock } from './fake-clock.ts';
export { SAMPLE_REQUESTS, sampleRequestFor } from './sample-requests.ts';
