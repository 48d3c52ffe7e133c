import type { AdapterContext, ReconcileQuery, ReconcileResult, RequestType } from '@grok-imagine/core';
import * as v from '@grok-imagine/core/valibot';
import { type VydraJob, VydraJobListSchema, VydraJobSchema } from './api.ts';
import { mapVydraStart } from './map-response.ts';
import type { VydraPricing } from './pricing.ts';
import { createdAtOf, matchesByEvidence, reconcileWindow } from './reconcile-evidence.ts';
import { vydraRouteOf } from './routes.ts';
import type { VydraTransport } from './transport.ts';

/** Jobs read per page: Vydra's largest `limit` ("Max results (1-100)"). */
export const RECONCILE_PAGE_SIZE = 100;

/** Pages read at most; every page is one request against the plan's per-minute limit. */
export const RECONCILE_MAX_PAGES = 5;

interface Scan {
  /** Matching jobs by id (a job seen on two pages, as the list shifts under new jobs, counts once). */
  matches: Map<string, VydraJob>;
  /** True when the pages reached a job older than the window (or the end of the list). */
  covered: boolean;
}

function jobsOf(items: readonly unknown[]): VydraJob[] {
  const jobs: VydraJob[] = [];
  for (const item of items) {
    const parsed = v.safeParse(VydraJobSchema, item);
    if (parsed.success) jobs.push(parsed.output);
  }
  return jobs;
}

/**
 * Reads the newest jobs page by page (`GET /jobs?limit=100&offset=…`, every status: the lost job may
 * already be pending, running, completed or failed) until a page reaches a job created before the
 * window, the list ends, or {@link RECONCILE_MAX_PAGES} pages were read. Vydra lists newest first.
 */
async function scan(transport: VydraTransport, query: ReconcileQuery, ctx: AdapterContext): Promise<Scan> {
  const window = reconcileWindow(query.submittedAt);
  const matches = new Map<string, VydraJob>();
  for (let page = 0; page < RECONCILE_MAX_PAGES; page++) {
    const { data } = await transport.send({
      method: 'GET',
      path: '/jobs',
      query: { limit: RECONCILE_PAGE_SIZE, offset: page * RECONCILE_PAGE_SIZE },
      schema: VydraJobListSchema,
      intent: 'read',
      signal: ctx.signal,
    });
    const jobs = jobsOf(data.data);
    for (const job of jobs) {
      const id = job.id || job.jobId;
      if (id && !query.isOwned(id) && matchesByEvidence(job, query, window)) matches.set(id, job);
    }
    const reachedOlder = jobs.some((job) => (createdAtOf(job) ?? Number.POSITIVE_INFINITY) < window.from);
    if (reachedOlder || data.data.length < RECONCILE_PAGE_SIZE) return { matches, covered: true };
  }
  return { matches, covered: false };
}

/**
 * Looks for the job an uncertain submission may have created, by evidence only (see
 * `matchesByEvidence`); jobs another ledger entry owns are never candidates. One match in a fully
 * read window → `found`. Several → `ambiguous`. One match when the pages ran out before the window
 * did is not proof that it is the only one → `ambiguous` with that one candidate. No evidence → `none`.
 */
export async function reconcileVydra(
  transport: VydraTransport,
  pricing: VydraPricing,
  query: ReconcileQuery,
  ctx: AdapterContext,
): Promise<ReconcileResult> {
  // A type Vydra cannot run was never sent: there is nothing to look for.
  if (!vydraRouteOf(query.request.type)) return { outcome: 'none' };
  const { matches, covered } = await scan(transport, query, ctx);
  const ids = [...matches.keys()];
  const [only] = matches.values();
  if (!only) {
    ctx.logger.warn?.('vydra: no listed job matches the uncertain submission by evidence', { covered });
    return { outcome: 'none' };
  }
  if (ids.length > 1 || !covered) return { outcome: 'ambiguous', candidates: ids };
  const knownType = query.request.type as RequestType;
  const job = mapVydraStart(only, { logger: ctx.logger, pricing, knownType });
  ctx.logger.info?.('vydra: found the job of an uncertain submission', { jobId: job.providerJobId });
  return { outcome: 'found', job };
}
