import type { ApiRequest, ApiResponse } from '../server/http-types.ts';
import { emptyResponse, jsonResponse } from '../server/http-types.ts';
import type { CallContext } from '../server/provider-module.ts';
import { type JobRecord, phaseOf, progressOf } from '../state/job-record.ts';
import { xaiError } from './xai-errors.ts';
import { quirksOfRequest, type XaiQuirk } from './xai-markers.ts';

/** The done answer, shaped by the job's xAI markers (no video, empty URL, no status, 202). */
function doneAnswer(job: JobRecord, quirks: ReadonlySet<XaiQuirk>): ApiResponse {
  const video = quirks.has('no-video')
    ? null
    : {
        url: quirks.has('empty-url') ? '' : job.media[0]?.url,
        duration: job.seconds,
        respect_moderation: job.outcome !== 'moderate',
      };
  const body = {
    ...(quirks.has('no-status') ? {} : { status: 'done' }),
    video,
    model: job.model,
    progress: 100,
    usage: { cost_in_usd_ticks: job.cost },
  };
  return jsonResponse(quirks.has('done-202') ? 202 : 200, body);
}

/** The failed answer: xAI's `internal_error`, or a code-less or numeric-code error when marked. */
function failedAnswer(job: JobRecord, quirks: ReadonlySet<XaiQuirk>): ApiResponse {
  const message = 'Video generation failed.';
  const error = quirks.has('no-code')
    ? { message }
    : { code: quirks.has('numeric-code') ? 500 : 'internal_error', message };
  return jsonResponse(200, {
    status: 'failed',
    error,
    model: job.model,
    progress: 100,
    usage: { cost_in_usd_ticks: 0 },
  });
}

/**
 * `GET /videos/{request_id}`: 202 with an empty body while queued, 202 `{status: "pending",
 * progress}` while processing, then 200 done / failed / expired (see `xai-markers.ts` for the
 * variants a prompt can ask for).
 */
export function handleXaiVideoStatus(_req: ApiRequest, call: CallContext): ApiResponse {
  const id = call.params[0]!;
  const job = call.state.jobs.find('xai', id, call.key);
  if (job?.kind !== 'video') return xaiError(404, 'not_found', `No video generation request with id ${id}`);
  const now = call.state.clock.now();
  const quirks = quirksOfRequest(job.request);
  switch (phaseOf(job, now)) {
    case 'queued':
      return emptyResponse(202);
    case 'processing':
      return jsonResponse(202, { status: 'pending', model: job.model, progress: progressOf(job, now) });
    case 'done':
      return doneAnswer(job, quirks);
    case 'expired':
      return jsonResponse(200, { status: 'expired', model: job.model });
    case 'failed':
    case 'error':
    case 'cancelled':
      return failedAnswer(job, quirks);
  }
}
