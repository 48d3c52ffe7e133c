import { IMAGE_SHORT_SIDE, VIDEO_SHORT_SIDE, frameSize } from '../media/dimensions.ts';
import type { ApiRequest, ApiResponse } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import type { CallContext } from '../server/provider-module.ts';
import { createJob } from '../state/create-job.ts';
import { readOutcome } from '../state/outcome.ts';
import { vydraError } from './vydra-errors.ts';
import { type VydraPlan, readVydraRequest } from './vydra-request.ts';

/** Credits per request: 8 for an image, 150 for a video, as Vydra lists them. */
export const VYDRA_CREDITS = { image: 8, video: 150 } as const;

function sourceAspect(call: CallContext, plan: VydraPlan, fallback: string): string {
  if (plan.aspectRatio) return plan.aspectRatio;
  const file = plan.imageUrl ? call.state.media.findByUrl(plan.imageUrl) : undefined;
  return file ? `${file.spec.width}:${file.spec.height}` : fallback;
}

function echoInput(body: unknown, model: string): Record<string, unknown> {
  const { webhookUrl: _hook, ...rest } = body as Record<string, unknown>;
  return { ...rest, model };
}

/**
 * `POST /models/grok-imagine`: images answer 200 at once (`imageUrl`, `resultUrls`); videos answer
 * 202 with a `jobId` to poll.
 */
export function handleVydraSubmit(req: ApiRequest, call: CallContext): ApiResponse {
  const { state, key } = call;
  const plan = readVydraRequest(req.body, state.allowHttpWebhooks);
  if ('status' in plan) return plan;
  const outcome = readOutcome(plan.prompt);
  if (outcome === 'policy') {
    return vydraError(400, 'The prompt was rejected by the content policy.', 'INVALID_INPUT', {
      reason: 'content_policy',
    });
  }
  const kind = plan.model === 'text-to-image' ? 'image' : 'video';
  const credits = VYDRA_CREDITS[kind];
  // A synchronous image that fails is not charged at all.
  const charged = kind === 'image' && outcome !== 'ok' && outcome !== 'expire' ? 0 : credits;
  if (!state.balances.charge('vydra', key, charged)) {
    return jsonResponse(402, {
      error: 'Insufficient credits',
      creditsRequired: credits,
      creditsRemaining: state.balances.get('vydra', key),
    });
  }
  const size =
    kind === 'image'
      ? frameSize(sourceAspect(call, plan, '1:1'), IMAGE_SHORT_SIDE['1k'])
      : frameSize(sourceAspect(call, plan, '16:9'), VIDEO_SHORT_SIDE['480p']);
  const job = createJob(state, {
    provider: 'vydra',
    id: `job_${state.ids.hex(24)}`,
    key,
    kind,
    endpoint: plan.model,
    model: plan.model,
    request: req.body,
    outcome,
    durationMs: kind === 'image' ? 0 : state.timings.videoMs,
    media: [
      kind === 'image' ? { format: 'jpeg', ...size } : { format: 'mp4', ...size, seconds: plan.duration },
    ],
    cost: charged,
    ...(kind === 'video' ? { seconds: plan.duration } : {}),
    ...(plan.webhookUrl ? { webhook: { url: plan.webhookUrl, mode: 'terminal' as const } } : {}),
  });
  if (kind === 'image') {
    if (job.media.length === 0 || outcome === 'moderate') {
      const message =
        outcome === 'moderate' ? 'Image blocked by content moderation.' : 'Image generation failed.';
      return jsonResponse(200, {
        jobId: job.id,
        status: 'failed',
        message,
        error: message,
        creditsCharged: 0,
      });
    }
    const urls = job.media.map((file) => file.url);
    return jsonResponse(200, {
      jobId: job.id,
      status: 'completed',
      message: 'Image generated successfully.',
      creditsCharged: charged,
      imageUrl: urls[0],
      resultUrls: urls,
    });
  }
  return jsonResponse(202, {
    jobId: job.id,
    status: 'pending',
    message: 'Grok Imagine video job created. Poll /api/v1/jobs/{jobId} for status.',
    creditsCharged: charged,
    externalJobId: state.ids.uuid(),
    input: echoInput(req.body, plan.model),
  });
}
