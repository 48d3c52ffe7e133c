import type {
  GenerationRequest,
  Job,
  JobLookupOptions,
  ProviderId,
  Quote,
  SubmitOptions,
  WaitOptions,
} from '@grok-imagine/core';
import type { Spend } from '../budget/spend-tracker.ts';
import type { JobRecord } from '../journal/job-record.ts';
import type { RoutedJob } from '../routing/routing-record.ts';

/** Options of `resume`. */
export interface ResumeOptions extends WaitOptions {
  /** Only resume jobs of these providers (default: all). */
  providers?: ProviderId[];
}

/**
 * The SDK's entry object. `submit`/`generate` go to the configured provider (with fallback);
 * `get`/`wait`/`cancel` route by the job id's prefix to the provider that made the job, whatever
 * the configuration says now.
 */
export interface Imagine {
  /** The provider submissions go to first. */
  readonly provider: ProviderId;
  /** Submission order: `provider`, then the fallbacks. */
  readonly order: readonly ProviderId[];
  /**
   * Creates a job on the first provider of the order that accepts it; journaled before this returns.
   * Refused with `BudgetExceededError` before anything is sent when over budget.
   */
  submit(request: GenerationRequest, options?: SubmitOptions): Promise<RoutedJob>;
  /** One status refresh of a job, by its id (`<provider>:<provider job id>`). */
  get(id: string, options?: JobLookupOptions): Promise<Job>;
  /** Polls until the job is `done`, `expired` or `failed` and resolves with it either way. */
  wait(id: string, options?: WaitOptions): Promise<Job>;
  /** `submit` + `wait`; throws `JobFailedError` / `JobExpiredError` unless the job ends `done`. */
  generate(request: GenerationRequest, options?: SubmitOptions & WaitOptions): Promise<RoutedJob>;
  /** Cancels a job where its provider can (Vydra); `UnsupportedError` elsewhere. */
  cancel(id: string, options?: JobLookupOptions): Promise<Job>;
  /** The price of a request on the configured provider (or `options.provider`), without network. */
  quote(request: GenerationRequest, options?: { provider?: ProviderId }): Quote;
  /** Every journaled job, one merged record each. */
  jobs(): Promise<JobRecord[]>;
  /** Waits on every journaled job still pending and resolves with their final states. */
  resume(options?: ResumeOptions): Promise<Job[]>;
  /** What the jobs submitted through this instance have cost so far (reported, else catalog). */
  spend(): Spend;
}
