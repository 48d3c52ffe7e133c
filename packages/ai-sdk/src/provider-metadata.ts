import type { JSONObject } from '@ai-sdk/provider';
import type {
  Job,
  JobCost,
  JobStatus,
  JobWarning,
  ProviderId,
  Quote,
  RequestType,
  RoutedJob,
  RoutingRecord,
} from '@grok-imagine/sdk';

/** What a call cost, or is quoted to cost while its job runs. */
export interface GrokImagineCost extends JobCost {
  /** `true` while the job is pending and priced from the catalog: the figure is the quote, not yet the job's cost. */
  quoted: boolean;
}

/** `providerMetadata['grok-imagine']` of every call (and of each `calls[i]` of `generateImage`). */
export interface GrokImagineMetadata {
  /** The sdk's job id, `<provider>:<provider job id>`; `imagine.get(jobId)` reads it again. */
  jobId: string;
  /** Provider that ran the job (after fallback). */
  provider: ProviderId;
  /** The neutral request type the call became. */
  type: RequestType;
  status: JobStatus;
  /** Queued or processing, while pending, where the provider says. */
  phase?: NonNullable<Job['phase']>;
  /** Percent complete, while pending, where the provider says. */
  progress?: number;
  /** The price quoted before the call, on the provider that ran it (`null` when unknown here). */
  quote: Quote | null;
  /** Reported by the provider, else from the catalog; `null` when neither is known. */
  cost: GrokImagineCost | null;
  /** The job's own warnings (fields the provider ignored, moderated outputs). */
  warnings: JobWarning[];
  /** The providers tried before this one and why they were skipped (`null` when not known here). */
  routing: RoutingRecord | null;
}

/**
 * One entry of `providerMetadata['grok-imagine'].images`: which job and output an image came from.
 * (A type alias, not an interface, so it is assignable to the AI SDK's JSON types.)
 */
export type GrokImagineImageEntry = {
  jobId: string;
  provider: ProviderId;
  /** Index of the output in the job. */
  index: number;
  mimeType: string;
};

function costOf(job: RoutedJob, quote: Quote | undefined): GrokImagineCost | null {
  // Core prices a pending job from the catalog at once; the provider's figure comes at the end.
  if (job.cost) return { ...job.cost, quoted: job.status === 'pending' && job.cost.basis === 'catalog' };
  if (job.status !== 'pending' || !quote || (quote.usdTicks === undefined && quote.credits === undefined)) {
    return null;
  }
  const cost: GrokImagineCost = { basis: 'catalog', quoted: true };
  if (quote.usd !== undefined) cost.usd = quote.usd;
  if (quote.usdTicks !== undefined) cost.usdTicks = quote.usdTicks;
  if (quote.credits !== undefined) cost.credits = quote.credits;
  return cost;
}

/** The metadata of a job, as plain JSON (no `undefined`, no class instances). */
export function jobMetadata(job: RoutedJob, quote: Quote | undefined, routing?: RoutingRecord): JSONObject {
  const metadata: GrokImagineMetadata = {
    jobId: job.id,
    provider: job.provider,
    type: job.type,
    status: job.status,
    quote: quote ?? null,
    cost: costOf(job, quote),
    warnings: job.warnings,
    routing: job.routing ?? routing ?? null,
  };
  if (job.phase !== undefined) metadata.phase = job.phase;
  if (job.progress !== undefined) metadata.progress = job.progress;
  return JSON.parse(JSON.stringify(metadata)) as JSONObject;
}
