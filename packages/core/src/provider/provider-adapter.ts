import type { Clock } from '../clock/clock.ts';
import type { Logger } from '../clock/logger.ts';
import type { MediaInput, ResolvedMedia } from '../media/media-input.ts';
import type { RateLimiter } from '../limiter/rate-limiter.ts';
import type { ExpectedDurationHint } from '../poll/expected-duration.ts';
import type { PriceCatalog } from '../pricing/price-catalog.ts';
import type { NormalizedRequest, ProviderRequest } from '../request/normalized-request.ts';
import type { RequestType } from '../request/request-types.ts';
import type { AdapterPlan } from './adapter-plan.ts';
import type { NamedStatusResult, StartResult, StatusResult } from './adapter-result.ts';
import type { ProviderCapabilities } from './capabilities.ts';
import type { ProviderAccount } from './provider-account.ts';
import type { ProviderId } from './provider-id.ts';
import type { ReconcileQuery, ReconcileResult } from './reconcile.ts';

/** Where a provider should call back when a job changes (Pixazo). */
export interface WebhookTarget {
  /** HTTPS URL of your receiver; put a secret token in it. */
  url: string;
  /** `terminal` (default): once at the end; `sync`: on every status change too (Pixazo). */
  mode?: 'terminal' | 'sync';
}

/** What core hands an adapter on every call. */
export interface AdapterContext {
  /** Aborts the call. */
  signal?: AbortSignal | undefined;
  /** The client's clock. */
  clock: Clock;
  logger: Logger;
  /**
   * The neutral type the job was submitted as, when core knows it (from the ledger). Status answers
   * rarely say it; an adapter without it infers what it can.
   */
  type?: RequestType | undefined;
}

/**
 * Marks the moment a job-creating request leaves the process. Core's HTTP layer sets `sent` just
 * before the bytes go out, so an error after that point is an uncertain submission, and one before it
 * (a failed upload, a missing key) provably created nothing.
 */
export interface CreateAttempt {
  /** True once the create request may have reached the provider. */
  sent: boolean;
}

/** What core hands an adapter's `start`. */
export interface StartContext extends AdapterContext {
  /** Webhook to register with the job, when the caller asked for one. */
  webhook?: WebhookTarget | undefined;
  /** Pass it to the create request (`HttpRequest.attempt`); core reads it when the call fails. */
  attempt: CreateAttempt;
}

/** Polling cadence a provider prefers; core's poll loop starts from it. */
export interface PollHint {
  /** First wait between status reads. */
  initialIntervalMs: number;
  /** Longest wait between status reads. */
  maxIntervalMs: number;
  /**
   * How long jobs usually take, by request: the default schedule reads around each job's likely end
   * instead of backing off blindly. Estimates; the client corrects them from the jobs it sees end.
   */
  expected?: ExpectedDurationHint;
}

/** Turns media a provider cannot take inline (bytes, data URIs) into a public URL. */
export type UploadMedia = (media: Extract<ResolvedMedia, { kind: 'bytes' }>) => Promise<string>;

/**
 * What an adapter implements: mapping only. Core normalizes and checks the request once, plans it,
 * writes the ledger, builds every `Job`, and owns polling, timeouts, abort, retries and rate limits.
 */
export interface ProviderAdapter {
  /** Provider id; also the job id prefix. */
  readonly id: ProviderId;
  /** What the provider supports, as data. */
  readonly capabilities: ProviderCapabilities;
  /** The price catalog in force (documented prices with config overrides merged). */
  readonly prices: PriceCatalog;
  /** Preferred polling cadence. */
  readonly pollHint?: PollHint;
  /**
   * The rate limiter the adapter's requests go through, when it has one: core spaces status reads
   * of many jobs within its budget.
   */
  readonly limiter?: RateLimiter;
  /** Chooses the model or endpoint for a checked request and prices it; no network. */
  plan(request: NormalizedRequest<MediaInput | ResolvedMedia>): AdapterPlan;
  /** Sends the job-creating request the plan describes and reads the answer. */
  start(request: ProviderRequest, plan: AdapterPlan, ctx: StartContext): Promise<StartResult>;
  /**
   * Reads a job's current state by the provider's own id. Unknown statuses stay `pending`. When the
   * answer names a job id, return it: core refuses an answer about another job.
   */
  status(providerJobId: string, ctx: AdapterContext): Promise<NamedStatusResult>;
  /** Cancels a job, where the provider can. */
  cancel?(providerJobId: string, ctx: AdapterContext): Promise<NamedStatusResult>;
  /**
   * Looks for the job an uncertain submission may have created (Vydra lists recent jobs). Matches by
   * evidence only; a job that `query.isOwned` says belongs to another submission is never taken.
   */
  reconcile?(query: ReconcileQuery, ctx: AdapterContext): Promise<ReconcileResult>;
  /** Reads a webhook callback body: the job it names and its state. */
  parseWebhook?(body: unknown, headers?: Headers): StatusResult & { providerJobId: string };
  /** What the account can tell: balance, plan limits. */
  account?(ctx: AdapterContext): Promise<ProviderAccount>;
}
