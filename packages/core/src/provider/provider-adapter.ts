import type { Clock } from '../clock/clock.ts';
import type { Logger } from '../clock/logger.ts';
import type { Job } from '../job/job.ts';
import type { MediaInput, ResolvedMedia } from '../media/media-input.ts';
import type { PriceCatalog } from '../pricing/price-catalog.ts';
import type { Quote } from '../pricing/quote.ts';
import type { NormalizedRequest, ProviderRequest } from '../request/normalized-request.ts';
import type { ProviderCapabilities } from './capabilities.ts';
import type { ProviderId } from './provider-id.ts';
import type { RequestType } from '../request/request-types.ts';

/** Where a provider should call back when a job changes (Pixazo, Vydra). */
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
  /** The client's clock; use `clock.now()` for `createdAt` / `updatedAt`. */
  clock: Clock;
  logger: Logger;
  /**
   * The neutral type the job was submitted as, when the client knows it (from this process or the
   * journal). Status responses rarely say it; an adapter without it infers what it can.
   */
  type?: RequestType | undefined;
}

/** What core hands an adapter's `submit`. */
export interface SubmitContext extends AdapterContext {
  /** Webhook to register with the job, when the caller asked for one. */
  webhook?: WebhookTarget | undefined;
}

/** Polling cadence a provider prefers; core's poll loop starts from it. */
export interface PollHint {
  /** First wait between status reads. */
  initialIntervalMs: number;
  /** Longest wait between status reads. */
  maxIntervalMs: number;
}

/** Turns media a provider cannot take inline (bytes, data URIs) into a public URL. */
export type UploadMedia = (media: Extract<ResolvedMedia, { kind: 'bytes' }>) => Promise<string>;

/**
 * What an adapter implements. Adapters map between neutral and wire shapes; they hold no loops,
 * sleeps or retries — core does polling, retries, rate limiting and timeouts.
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
  /** Creates a job. A synchronous image comes back as a job already `done`. */
  submit(request: ProviderRequest, ctx: SubmitContext): Promise<Job>;
  /** Reads a job's current state by the provider's own id. Unknown statuses stay `pending`. */
  refresh(providerJobId: string, ctx: AdapterContext): Promise<Job>;
  /** Cancels a job, where the provider can. */
  cancel?(providerJobId: string, ctx: AdapterContext): Promise<Job>;
  /** Prices a request from the catalog, without network. */
  quote(request: NormalizedRequest<MediaInput | ResolvedMedia>): Quote;
  /** Turns a webhook callback body into a job. */
  parseWebhook?(body: unknown, headers?: Headers): Job;
  /**
   * After a `SubmissionUncertainError`, looks for the job the lost submission created (Vydra lists
   * recent jobs). Returns it, or `undefined` when none matches.
   */
  reconcileSubmission?(
    request: ProviderRequest,
    submittedAt: number,
    ctx: AdapterContext,
  ): Promise<Job | undefined>;
}
