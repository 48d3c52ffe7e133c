import { VIDEO_SHORT_SIDE, frameSize } from '../media/dimensions.ts';
import type { ApiRequest, ApiResponse } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import type { EmulatorState } from '../server/emulator-state.ts';
import type { CallContext } from '../server/provider-module.ts';
import { createJob } from '../state/create-job.ts';
import { type JobRecord, phaseOf } from '../state/job-record.ts';
import { readOutcome } from '../state/outcome.ts';
import { xaiError } from './xai-errors.ts';
import { xaiInsufficientBalance } from './xai-images.ts';
import { failsVideo, readXaiQuirks } from './xai-markers.ts';
import { xaiVideoTicks } from './xai-pricing.ts';
import type { XaiVideoPlan } from './xai-video-fields.ts';

type PlanReader = (body: unknown, state: EmulatorState) => XaiVideoPlan | ApiResponse;

/** `POST /videos/generations | /videos/edits | /videos/extensions`: creates a job, answers `{request_id}`. */
export function handleXaiVideoSubmit(read: PlanReader) {
  return (req: ApiRequest, call: CallContext): ApiResponse => {
    const { state, key } = call;
    const plan = read(req.body, state);
    if ('status' in plan) return plan;
    // A marker that describes how a failure reads makes the job fail.
    const marked = readOutcome(plan.prompt);
    const outcome = marked === 'ok' && failsVideo(readXaiQuirks(plan.prompt)) ? 'fail' : marked;
    if (outcome === 'policy')
      return xaiError(400, 'content_policy_violation', 'The prompt violates the content policy.');
    const cost = xaiVideoTicks(plan.model, plan.resolution, plan.billedSeconds);
    if (!state.balances.charge('xai', key, cost)) return xaiInsufficientBalance();
    const size = frameSize(
      plan.aspectRatio,
      VIDEO_SHORT_SIDE[plan.resolution as keyof typeof VIDEO_SHORT_SIDE] ?? 480,
    );
    const job = createJob(state, {
      provider: 'xai',
      id: state.ids.uuid(),
      key,
      kind: 'video',
      endpoint: req.path,
      model: plan.model,
      request: req.body,
      outcome,
      durationMs: state.timings.videoMs,
      media: [{ format: 'mp4', ...size, seconds: plan.seconds }],
      cost,
      seconds: plan.seconds,
    });
    return jsonResponse(200, { request_id: job.id });
  };
}

/** The xAI status word for a job now. */
export function xaiStatusLabel(job: JobRecord, now: number): string {
  switch (phaseOf(job, now)) {
    case 'queued':
    case 'processing':
      return 'pending';
    case 'done':
      return 'done';
    case 'expired':
      return 'expired';
    case 'failed':
    case 'error':
    case 'cancelled':
      return 'failed';
  }
}
