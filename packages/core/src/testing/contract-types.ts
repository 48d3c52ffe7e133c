import type { Readable } from 'node:stream';
import type { Clock } from '../clock/clock.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import type { ProviderId } from '../provider/provider-id.ts';
import type { GenerationRequest } from '../request/request-schemas.ts';

/** One scenario of the adapter contract suite: a request and the network mocks that answer it. */
export interface ContractScenario {
  /** The neutral request to submit. */
  request: GenerationRequest;
  /** Registers the interceptors (nock) for the create request and every status read the scenario needs. */
  intercept(): void;
}

/**
 * An answer the suite wants one create request to get, to check how core settles it: a status, a
 * body (text, or a stream that breaks off part-way) and headers. Register it as it is, e.g.
 * `nock(API).post(PATH).reply(reply.status, () => reply.body, reply.headers)`.
 */
export interface CreateReply {
  /** HTTP status of the answer. */
  status: number;
  /** The body: text, or a stream that sends part of a body and then fails (a cut connection). */
  body: string | Readable;
  /** Response headers. */
  headers: Record<string, string>;
}

/**
 * What an adapter package gives the shared contract suite, built from its own documented payloads.
 * The suite drives the adapter only through core's `createClient(adapter, { clock, random })`, so
 * every adapter is held to the same ledger, acceptance and job-building rules.
 */
export interface AdapterContractFixture {
  /** Provider id, e.g. `xai`. */
  provider: ProviderId;
  /** The key the fixture's adapter is configured with; the suite checks it never leaks into errors or the ledger. */
  apiKey: string;
  /** Builds the adapter under test (pointing at the mocked base URL) with the suite's clock. */
  createAdapter(options: { clock: Clock }): ProviderAdapter;
  /** text-to-image that ends `done` with at least one image output (synchronously or after polling). */
  imageDone: ContractScenario;
  /** text-to-video: the create answers pending, at least one status read stays pending, then `done` with a video. */
  videoDone: ContractScenario;
  /** text-to-video that ends `failed`; `message` is the provider's failure text the job must keep. */
  videoFailed: ContractScenario & { message: string };
  /** A create request the provider refuses with HTTP 401. */
  unauthorized: ContractScenario;
  /** A create request answered 429 (with `Retry-After`) and then accepted on the retry. */
  rateLimitedThenAccepted: ContractScenario;
  /**
   * Registers one interceptor for the create request of `imageDone.request` that answers with
   * `reply`. The suite uses it for the answers that leave a submission uncertain: a 2xx body cut
   * mid-stream, a 2xx body that is not JSON, and a 500.
   */
  answerImageCreate(reply: CreateReply): void;
  /**
   * text-to-video whose create answers pending, then one status read whose answer names another
   * job id than the one asked for (core must refuse it). Leave it out only when the provider's
   * status answers never name the job.
   */
  statusNamesAnotherJob?: ContractScenario;
  /**
   * For adapters with `reconcile`: registers the reads reconcile makes after a lost create answer
   * (the provider's job list), answering with no job that matches. Without it those reads meet no
   * interceptor and fail, which reconcile must also treat as "nothing found".
   */
  reconcileFindsNothing?(): void;
}
