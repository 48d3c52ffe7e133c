import type { ReconcileQuery } from '@grok-imagine/core';
import type { VydraJob } from './api.ts';
import { vydraRouteOf } from './routes.ts';

/** Clock difference tolerated between this machine and Vydra when comparing `createdAt`. */
export const RECONCILE_SKEW_MS = 30_000;

/**
 * How long after the intent the job may have been created: the create request can wait in the rate
 * limiter (10 requests a minute on the Free plan) and be re-sent after 429s (Retry-After ≤ 60 s each).
 */
export const RECONCILE_WINDOW_MS = 15 * 60_000;

/** The time span a lost job must have been created in, in ms since the epoch. */
export interface ReconcileWindow {
  /** Earliest creation time accepted: the intent, less the clock skew. */
  from: number;
  /** Latest creation time accepted. */
  to: number;
}

/** The window of a query: from just before the intent (skew) to {@link RECONCILE_WINDOW_MS} after it. */
export function reconcileWindow(submittedAt: number): ReconcileWindow {
  return { from: submittedAt - RECONCILE_SKEW_MS, to: submittedAt + RECONCILE_WINDOW_MS + RECONCILE_SKEW_MS };
}

/** When the job was created (ms), or `undefined` when the body does not say readably. */
export function createdAtOf(job: VydraJob): number | undefined {
  const parsed = job.createdAt ? Date.parse(job.createdAt) : Number.NaN;
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** The source image URL the request named, when it is a URL (a placeholder or path cannot be compared). */
function sourceUrlOf(request: ReconcileQuery['request']): string | undefined {
  const source = Array.isArray(request.images) ? request.images[0] : request.image;
  return typeof source === 'string' && /^https?:\/\//i.test(source) ? source : undefined;
}

/**
 * Whether one listed job is, by evidence, the job the query's submission created. Every condition
 * must hold; a field the job does not show is no evidence, and a job that shows neither its
 * sub-model nor its prompt is never a match (Vydra's documented list shows neither):
 * - created inside the window (a job without a readable `createdAt` cannot be placed in it);
 * - a Grok Imagine job (`workflowSlug`, where shown);
 * - the same sub-model (`input.model`) and the same prompt (`input.prompt`), both shown;
 * - the same `aspect_ratio` and `duration` where shown (`auto` was sent as no ratio);
 * - `image_url` absent for a text-to-image request, and equal to the source where both are URLs.
 */
export function matchesByEvidence(job: VydraJob, query: ReconcileQuery, window: ReconcileWindow): boolean {
  const { request } = query;
  const route = vydraRouteOf(request.type);
  const createdAt = createdAtOf(job);
  if (!route || createdAt === undefined || createdAt < window.from || createdAt > window.to) return false;
  if (job.workflowSlug && !job.workflowSlug.includes('grok-imagine')) return false;
  const input = job.input;
  if (!input || input.model !== (query.route ?? route.model)) return false;
  if (typeof request.prompt !== 'string' || input.prompt !== request.prompt) return false;
  if (input.aspect_ratio != null) {
    const sent = request.aspectRatio === 'auto' ? undefined : request.aspectRatio;
    if (input.aspect_ratio !== sent) return false;
  }
  if (route.media === 'video' && input.duration != null && input.duration !== request.duration) return false;
  if (!route.sourceImage) return input.image_url == null;
  const source = sourceUrlOf(request);
  return input.image_url == null || source === undefined || input.image_url === source;
}
