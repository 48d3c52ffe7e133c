import type { Clock } from '../clock/clock.ts';
import type { Logger } from '../clock/logger.ts';
import type { Job } from '../job/job.ts';
import type { MediaFileReader } from '../media/media-input.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { Quote } from '../pricing/quote.ts';
import type { ProviderAccount } from '../provider/provider-account.ts';
import type { WebhookTarget } from '../provider/provider-adapter.ts';
import type { GenerationRequest } from '../request/request-schemas.ts';
import type { PreparedRequest } from './prepare-request.ts';
import type { RequestType } from '../request/request-types.ts';

/**
 * Poll-loop settings; per-provider hints fill what is not set. By default reads cluster around each
 * job's likely end (`schedule: 'expected'`), where the provider gives expected durations; setting
 * `initialIntervalMs` or `factor` (or `schedule: 'backoff'`) asks for the plain growing backoff.
 */
export interface PollOptions {
  /**
   * `expected`: sparse reads until the job's likely end (from the request, the provider's duration
   * hint, the durations seen so far and the progress reported), then every `nearIntervalMs`.
   * `backoff`: `initialIntervalMs × factor^n` up to `maxIntervalMs`. Default: `expected` unless
   * `initialIntervalMs` or `factor` is set, or the provider gives no duration hint.
   */
  schedule?: 'expected' | 'backoff';
  /**
   * Wait between reads around a job's likely end (default 1,000 ms); it grows when many jobs near
   * their end share the provider's request budget.
   */
  nearIntervalMs?: number;
  /** First wait between status reads of the backoff (default: the provider's hint, else 2,000 ms). */
  initialIntervalMs?: number;
  /** Longest wait between status reads (default: the provider's hint, else 15,000 ms). */
  maxIntervalMs?: number;
  /** Growth factor per read of the backoff (default 1.5). */
  factor?: number;
  /** Random spread, 0–1, applied to each wait (default 0.2). */
  jitter?: number;
}

/** Options of `createClient`. */
export interface ClientOptions {
  /** Turn "field ignored by this provider" warnings into `UnsupportedError`s. */
  strict?: boolean;
  /** Clock for polling and timeouts; inject a fake in tests. */
  clock?: Clock;
  /** Random source for jitter (default `Math.random`). */
  random?: () => number;
  /** Poll cadence. */
  poll?: PollOptions;
  /** Default overall `wait` timeout in ms (default 15 minutes). */
  waitTimeoutMs?: number;
  /** Reads `{ path }` media inputs; set by the Node entry points. */
  readFile?: MediaFileReader;
  /** Largest image input in bytes (default 20 MiB). */
  maxImageBytes?: number;
  /** Largest video input in bytes (default 100 MiB). */
  maxVideoBytes?: number;
  logger?: Logger;
  /**
   * Most pending jobs this client keeps at once; further submits wait for one to end. Defaults to the
   * provider's `capabilities.maxConcurrentJobs` (set yours when your plan allows more or fewer);
   * `false` turns the limit off.
   */
  maxConcurrentJobs?: number | false;
  /** Transient status-read failures in a row that `wait` survives (default 5). */
  maxConsecutivePollErrors?: number;
  /**
   * The paid-job ledger every submission is written to (intent before the create request, then the
   * outcome and job states). Share one between clients to see one spend and one history; default: a
   * new in-memory ledger.
   */
  ledger?: Ledger;
  /**
   * Called with a prepared submission right before its intent is written, with nothing sent yet; throw
   * to refuse it (the sdk checks the budget here, against `ledger.spend()`, so concurrent calls
   * cannot overrun it). Must be synchronous: the intent is recorded in the same tick.
   */
  admit?: (prepared: PreparedRequest, ledger: Ledger) => void;
}

/** Options of `submit`. */
export interface SubmitOptions {
  signal?: AbortSignal;
  /** Ask the provider to call this webhook (Pixazo); an `UnsupportedError` elsewhere. */
  webhook?: WebhookTarget;
  /**
   * Idempotency key: a submit whose key the ledger already holds creates nothing — it returns the
   * accepted job, throws `SubmissionUncertainError` when that submission's outcome is unknown, and
   * submits again only when the earlier one was provably refused. Use a stable key per batch item.
   */
  key?: string;
  /** Groups the ledger entries of one call that falls back across providers (set by the sdk). */
  callId?: string;
}

/** Options of `wait` and `generate`. */
export interface WaitOptions {
  /** Give up (with `WaitTimeoutError`) after this long; the job goes on at the provider. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called with the job whenever its status, phase or progress changes. */
  onProgress?: (job: Job) => void;
  /** Override the poll cadence for this wait. */
  poll?: PollOptions;
  /**
   * The request type the job was submitted as, for a job this client did not submit (e.g. one
   * restored from a journal). Jobs submitted through this client are remembered.
   */
  type?: RequestType;
}

/** Options of `get` and `cancel`. */
export interface JobLookupOptions {
  signal?: AbortSignal;
  /** The request type the job was submitted as, for a job this client did not submit. */
  type?: RequestType;
}

/** The neutral client over one provider adapter; the sdk's `createImagine` wraps one per provider. */
export interface ImagineClient {
  /** Provider this client talks to. */
  readonly provider: Job['provider'];
  /** Validates, applies defaults, checks capabilities, resolves media, then creates the job. */
  submit(request: GenerationRequest, options?: SubmitOptions): Promise<Job>;
  /** `submit` for a request already normalized and checked for this provider (`prepare`). */
  submitPrepared(prepared: PreparedRequest, options?: SubmitOptions): Promise<Job>;
  /** Normalizes, checks and plans a request for this provider; no network. */
  prepare(request: GenerationRequest): PreparedRequest;
  /** One status refresh of a job by its id (`<provider>:<id>`). */
  get(id: string, options?: JobLookupOptions): Promise<Job>;
  /** Polls until the job is `done`, `expired` or `failed` (resolves with it either way). */
  wait(id: string, options?: WaitOptions): Promise<Job>;
  /** `submit` + `wait`; throws `JobFailedError` / `JobExpiredError` when the job does not end `done`. */
  generate(request: GenerationRequest, options?: SubmitOptions & WaitOptions): Promise<Job>;
  /** Cancels a job where the provider can; `UnsupportedError` elsewhere. */
  cancel(id: string, options?: JobLookupOptions): Promise<Job>;
  /** The price of a request before making it; no network. */
  quote(request: GenerationRequest): Quote;
  /**
   * Looks for the job of an unresolved ledger entry (intent or uncertain) where the adapter can list
   * jobs; records what it finds. Never sends a create request.
   */
  reconcile(submissionId: string, options?: { signal?: AbortSignal }): Promise<ReconcileOutcome>;
  /** What the provider can tell about the account (`supported: false` where it has no endpoint). */
  account(options?: { signal?: AbortSignal }): Promise<ProviderAccount>;
  /** The ledger this client writes. */
  readonly ledger: Ledger;
}

/** What `reconcile` found for one ledger entry. */
export type ReconcileOutcome =
  | { outcome: 'found'; job: Job }
  | { outcome: 'ambiguous'; candidates: string[] }
  | { outcome: 'none'; reason: string };
