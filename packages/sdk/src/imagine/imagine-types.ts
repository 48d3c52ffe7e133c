import type {
  GenerationRequest,
  Job,
  JobLookupOptions,
  LedgerEntry,
  PriceCatalog,
  ProviderAccount,
  ProviderCapabilities,
  ProviderId,
  Quote,
  Spend,
  SubmitOptions,
  WaitOptions,
} from '@grok-imagine/core';
import type { ResumeReport } from './resume-report.ts';
import type { RoutedJob } from '../routing/routing-record.ts';

/** Options of `resume`. */
export interface ResumeOptions extends WaitOptions {
  /** Only resume submissions of these providers (default: all). */
  providers?: ProviderId[];
}

/** Options of `resubmit`. */
export interface ResubmitOptions extends SubmitOptions {
  /**
   * The request to send, when the journaled one cannot be sent again as it is (its media inputs were
   * bytes, kept only as placeholders). Must be of the same type.
   */
  request?: GenerationRequest;
}

/**
 * The SDK's entry object. `submit`/`generate` go to the configured provider (with fallback);
 * `get`/`wait`/`cancel` route by the job id's prefix to the provider that made the job, whatever
 * the configuration says now. Every submission goes through the paid-job ledger (the journal).
 */
export interface Imagine {
  /** The provider submissions go to first. */
  readonly provider: ProviderId;
  /** Submission order: `provider`, then the fallbacks. */
  readonly order: readonly ProviderId[];
  /**
   * Creates a job on the first provider of the order that accepts it. Its intent is in the ledger
   * before the request leaves; refused with `BudgetExceededError` before anything is sent when over
   * budget; `SubmissionUncertainError` when the answer was lost (never re-sent automatically).
   */
  submit(request: GenerationRequest, options?: SubmitOptions): Promise<RoutedJob>;
  /** One status refresh of a job, by its id (`<provider>:<provider job id>`). */
  get(id: string, options?: JobLookupOptions): Promise<Job>;
  /** Polls until the job is `done`, `expired` or `failed` and resolves with it either way. */
  wait(id: string, options?: WaitOptions): Promise<Job>;
  /** `submit` + `wait`; throws `JobFailedError` / `JobExpiredError` / `ContentPolicyError` unless it ends `done`. */
  generate(request: GenerationRequest, options?: SubmitOptions & WaitOptions): Promise<RoutedJob>;
  /** Cancels a job where its provider can (Vydra); `UnsupportedError` elsewhere. */
  cancel(id: string, options?: JobLookupOptions): Promise<Job>;
  /** The price of a request on the configured provider (or `options.provider`), without network. */
  quote(request: GenerationRequest, options?: { provider?: ProviderId }): Quote;
  /** Every submission in the ledger, oldest first: intent, outcome, job as last seen. */
  jobs(): Promise<LedgerEntry[]>;
  /** The ledger's entry of one job (its request, quote and last state), by job id; no network, O(1). */
  entry(jobId: string): Promise<LedgerEntry | undefined>;
  /**
   * Picks up where a crash or Ctrl-C left off: reconciles submissions without a known outcome where
   * the provider can list jobs, waits on every accepted job still pending, and reports the rest as
   * uncertain with what you need to check them. Never re-sends a submission.
   */
  resume(options?: ResumeOptions): Promise<ResumeReport>;
  /**
   * Sends an unresolved (intent or uncertain) submission again — only because you say so, having
   * checked that the provider did not create it. The old entry is marked superseded.
   */
  resubmit(submissionId: string, options?: ResubmitOptions): Promise<RoutedJob>;
  /** What the submissions made through this instance have cost so far (reported, else catalog). */
  spend(): Spend;
  /**
   * What a provider supports (default: the configured one), as data: request types, each field's
   * rule, cancel, webhooks, inline media. No key, no network.
   */
  capabilities(provider?: ProviderId): ProviderCapabilities;
  /**
   * A provider's price catalog in force (default: the configured one): each entry's price per unit,
   * source, date and confidence, with your `prices` overrides merged (and Vydra's credits priced in
   * dollars when `usdPerCredit` is set). The data `quote` and `compare` price from. No key, no network.
   */
  prices(provider?: ProviderId): PriceCatalog;
  /**
   * Whether media URLs of a provider's jobs (default: the configured one's) may point at private
   * hosts (loopback, private network, link-local…): the config's `download.allowPrivateHosts` when
   * set, else true when that provider's base URL is loopback (the emulator). `imagine.download`
   * (Node) and the AI SDK bridge fetch media under this answer. No network.
   */
  allowsPrivateHosts(provider?: ProviderId): boolean;
  /** What each provider can tell about the account (Vydra: credits, plan limits). */
  account(provider?: ProviderId): Promise<ProviderAccount>;
}
