import type { AdapterContext, Job, ProviderRequest } from '@grok-imagine/core';
import { type VydraJob, VydraJobListSchema } from './api.ts';
import { vydraModelFor } from './map-request.ts';
import { mapVydraJob } from './map-response.ts';
import type { VydraPricing } from './pricing.ts';
import type { VydraTransport } from './transport.ts';

/** How many recent jobs are read to find a lost submission. */
export const RECONCILE_LIMIT = 20;

/** Clock difference tolerated between this machine and Vydra when comparing `createdAt`. */
export const RECONCILE_SKEW_MS = 30_000;

interface Candidate {
  job: VydraJob;
  createdAt: number;
  /** True when the job's echoed input shows the same prompt (not merely a job of the right time). */
  promptMatched: boolean;
}

function candidate(job: VydraJob, request: ProviderRequest, since: number): Candidate | undefined {
  const createdAt = job.createdAt ? Date.parse(job.createdAt) : Number.NaN;
  // A job without a readable creation time cannot be placed after the submission: never claim it.
  if (Number.isNaN(createdAt) || createdAt < since) return undefined;
  if (job.workflowSlug && !job.workflowSlug.includes('grok-imagine')) return undefined;
  if (job.input?.model && job.input.model !== vydraModelFor(request.type)) return undefined;
  if (job.input?.prompt !== undefined && job.input.prompt !== null && job.input.prompt !== request.prompt)
    return undefined;
  return { job, createdAt, promptMatched: job.input?.prompt === request.prompt };
}

/**
 * Finds the job a lost submission created, after core raised `SubmissionUncertainError`. Reads the
 * newest jobs (`GET /jobs?limit=20`, every status: the lost job may already be pending, running,
 * completed or failed, so one status filter could miss it) and keeps those created since
 * `submittedAt` (less a small clock skew) for the same sub-model and prompt. A prompt match wins,
 * oldest first; a job that echoes no prompt is only taken when it is the one candidate, since
 * claiming someone else's job would be worse than reporting the outcome uncertain.
 */
export async function reconcileVydraSubmission(
  transport: VydraTransport,
  pricing: VydraPricing,
  request: ProviderRequest,
  submittedAt: number,
  ctx: AdapterContext,
): Promise<Job | undefined> {
  const { data } = await transport.send({
    method: 'GET',
    path: '/jobs',
    query: { limit: RECONCILE_LIMIT },
    schema: VydraJobListSchema,
    intent: 'read',
    signal: ctx.signal,
  });
  const since = submittedAt - RECONCILE_SKEW_MS;
  const candidates = data.data
    .map((job) => candidate(job, request, since))
    .filter((found): found is Candidate => found !== undefined)
    .sort((a, b) => a.createdAt - b.createdAt);
  const chosen =
    candidates.find((found) => found.promptMatched) ?? (candidates.length === 1 ? candidates[0] : undefined);
  if (!chosen) {
    ctx.logger.warn?.('vydra: no recent job matches the uncertain submission', {
      candidates: candidates.length,
    });
    return undefined;
  }
  ctx.logger.info?.('vydra: found the job of an uncertain submission', {
    jobId: chosen.job.id ?? chosen.job.jobId,
  });
  return mapVydraJob(chosen.job, { clock: ctx.clock, logger: ctx.logger, pricing, type: request.type });
}
