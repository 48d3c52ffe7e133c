import { MEDIA_TYPES } from '../media/media-store.ts';
import { mediaDataUri } from '../media/render-media.ts';
import type { ApiRequest, ApiResponse } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import type { CallContext } from '../server/provider-module.ts';
import { type JobRecord, phaseOf } from '../state/job-record.ts';
import { pixazoError } from './pixazo-errors.ts';
import { pixazoQuirksOf } from './pixazo-markers.ts';

/** The Pixazo status word for a job now. */
export function pixazoStatusLabel(job: JobRecord, now: number): string {
  switch (phaseOf(job, now)) {
    case 'queued':
      return 'QUEUED';
    case 'processing':
      return 'PROCESSING';
    case 'done':
      // Pixazo has no moderation flag: a blocked output is a failed job.
      return job.outcome === 'moderate' ? 'FAILED' : 'COMPLETED';
    case 'expired':
      return 'COMPLETED'; // the job stays completed; its media URLs answer 410
    case 'failed':
      return 'FAILED';
    case 'error':
    case 'cancelled':
      return 'ERROR';
  }
}

function errorText(job: JobRecord, status: string): string | null {
  if (status === 'FAILED' && pixazoQuirksOf(job).has('no-error')) return null;
  if (status === 'ERROR')
    return 'Internal error: the upstream provider did not answer. You have not been charged.';
  if (status !== 'FAILED') return null;
  return job.outcome === 'moderate' ? 'Output blocked by content moderation.' : 'Generation failed.';
}

/** The body of `GET /v2/requests/status/{id}`, also the webhook payload. */
export function pixazoStatusBody(job: JobRecord, now: number): Record<string, unknown> {
  const status = pixazoStatusLabel(job, now);
  const terminal = status === 'COMPLETED' || status === 'FAILED' || status === 'ERROR';
  const syncMode = (job.request as { sync_mode?: unknown }).sync_mode === true;
  const first = job.media[0];
  const output =
    status === 'COMPLETED' && first && !pixazoQuirksOf(job).has('no-output')
      ? {
          media_url: job.media.map((file) => (syncMode ? mediaDataUri(file.spec) : file.url)),
          media_type: MEDIA_TYPES[first.spec.format].mimeType,
        }
      : null;
  const updated = Math.min(now, terminal ? job.readyAt : now);
  return {
    request_id: job.id,
    status,
    model_id: job.model,
    error: errorText(job, status),
    output,
    created_at: new Date(job.createdAt).toISOString(),
    updated_at: new Date(updated).toISOString(),
    completed_at: terminal ? new Date(job.readyAt).toISOString() : null,
  };
}

/** `GET /v2/requests/status/{request_id}`. */
export function handlePixazoStatus(_req: ApiRequest, call: CallContext): ApiResponse {
  const id = call.params[0]!;
  const job = call.state.jobs.find('pixazo', id, call.key);
  if (!job) return pixazoError(404, 'Not Found', `Request '${id}' not found`);
  return jsonResponse(200, pixazoStatusBody(job, call.state.clock.now()));
}
