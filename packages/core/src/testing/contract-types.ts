import type { Clock } from '../clock/clock.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import type { ProviderId } from '../provider/provider-id.ts';
import type { GenerationRequest } from '../request/request-schemas.ts';

/** One scenario of the adapter contract suite: a request and the network mocks that answer it. */
export interface ContractScenario {
  /** The neutral request to submit. */
  request: GenerationRequest;
  /** Registers the interceptors (nock) for the submit and every status read the scenario needs. */
  intercept(): void;
}

/** What an adapter package gives the shared contract suite, built from its own documented fixtures. */
export interface AdapterContractFixture {
  /** Provider id, e.g. `xai`. */
  provider: ProviderId;
  /** The key the fixture's adapter is configured with; the suite checks it never leaks into errors. */
  apiKey: string;
  /** Builds the adapter under test (pointing at the mocked base URL) with the suite's clock. */
  createAdapter(options: { clock: Clock }): ProviderAdapter;
  /** text-to-image that ends `done` with at least one output (synchronously or after polling). */
  imageDone: ContractScenario;
  /** text-to-video: submit answers pending, at least one status read stays pending, then `done` with a video. */
  videoDone: ContractScenario;
  /** text-to-video that ends `failed`; `message` is the provider's failure text the job must keep. */
  videoFailed: ContractScenario & { message: string };
  /** A submit the provider rejects with HTTP 401. */
  unauthorized: ContractScenario;
  /** A submit answered 429 (with `Retry-After`) and then accepted on the retry. */
  rateLimitedThenAccepted: ContractScenario;
}
