import { type JobRecord, phaseOf, progressOf } from '../state/job-record.ts';

/** The workflow Vydra names for Grok Imagine jobs. */
export const VYDRA_WORKFLOW = 'grok-imagine-generate';

/** The Vydra status word for a job now. */
export function vydraStatusLabel(job: JobRecord, now: number): string {
  switch (phaseOf(job, now)) {
    case 'queued':
      return 'pending';
    case 'processing':
      return 'processing';
    case 'done':
      return job.outcome === 'moderate' ? 'failed' : 'completed';
    case 'expired':
      return 'completed'; // still completed; the media URLs answer 410
    case 'failed':
    case 'error':
      return 'failed';
    case 'cancelled':
      return 'cancelled';
  }
}

function output(job: JobRecord): Record<string, unknown> {
  const urls = job.media.map((file) => file.url);
  return job.kind === 'video'
    ? { videoUrl: urls[0], resultUrls: urls, duration: job.seconds }
    : { imageUrl: urls[0], resultUrls: urls };
}

/** The body of `GET /jobs/{id}` (and of list entries and webhook callbacks). */
export function vydraJobBody(job: JobRecord, now: number): Record<string, unknown> {
  const status = vydraStatusLabel(job, now);
  const body: Record<string, unknown> = {
    id: job.id,
    status,
    output: status === 'completed' ? output(job) : null,
    creditsCharged: job.refunded ? 0 : job.cost,
    workflowSlug: VYDRA_WORKFLOW,
    createdAt: new Date(job.createdAt).toISOString(),
  };
  if (status === 'pending' || status === 'processing') body.progress = progressOf(job, now);
  if (status === 'completed') body.completedAt = new Date(job.readyAt).toISOString();
  if (status === 'failed')
    body.error = job.outcome === 'moderate' ? 'Output blocked by content moderation.' : 'Generation failed.';
  if (job.refunded) body.creditsRefunded = job.cost;
  return body;
}
