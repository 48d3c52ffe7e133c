import { IMAGE_SHORT_SIDE, frameSize } from '../media/dimensions.ts';
import { renderMedia } from '../media/render-media.ts';
import type { ApiResponse } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import type { CallContext } from '../server/provider-module.ts';
import type { ApiRequest } from '../server/http-types.ts';
import { createJob } from '../state/create-job.ts';
import { readOutcome } from '../state/outcome.ts';
import { xaiError } from './xai-errors.ts';
import { readXaiImageRequest } from './xai-image-request.ts';
import { readXaiQuirks } from './xai-markers.ts';
import { XAI_IMAGE_TICKS } from './xai-pricing.ts';

/** xAI's answer when a key's credits cannot cover a request. */
export function xaiInsufficientBalance(): ApiResponse {
  return xaiError(
    402,
    'insufficient_credits',
    'Your team does not have enough credits for this request. Add credits or raise your spending limit.',
  );
}

/**
 * `POST /images/generations` and `POST /images/edits`: synchronous, answers
 * `{data: [{url | b64_json, respect_moderation}], model, usage: {cost_in_usd_ticks}}`.
 */
export function handleXaiImages(edit: boolean) {
  return (req: ApiRequest, call: CallContext): ApiResponse => {
    const plan = readXaiImageRequest(req.body, edit);
    if ('status' in plan) return plan;
    const { state, key } = call;
    const outcome = readOutcome(plan.prompt);
    if (outcome === 'policy') {
      return xaiError(400, 'content_policy_violation', 'The prompt violates the content policy.');
    }
    if (outcome === 'fail' || outcome === 'error')
      return xaiError(500, 'internal_error', 'Image generation failed.');
    // Edits charge for the source images as well as the outputs.
    const cost = (XAI_IMAGE_TICKS[plan.model] ?? 0) * (plan.n + plan.inputs);
    if (!state.balances.charge('xai', key, cost)) return xaiInsufficientBalance();
    const size = frameSize(plan.aspectRatio, IMAGE_SHORT_SIDE[plan.resolution]);
    const job = createJob(state, {
      provider: 'xai',
      id: state.ids.uuid(),
      key,
      kind: 'image',
      endpoint: req.path,
      model: plan.model,
      request: req.body,
      outcome,
      durationMs: 0,
      media: Array.from({ length: plan.n }, () => ({ format: 'jpeg' as const, ...size })),
      cost,
    });
    // `[moderate]` withholds every image; `[xai:moderate-first]` only the first.
    const withholdFirst = readXaiQuirks(plan.prompt).has('moderate-first');
    const respects = (index: number) => outcome !== 'moderate' && !(withholdFirst && index === 0);
    const data = job.media.map((file, index) =>
      plan.responseFormat === 'b64_json'
        ? { b64_json: renderMedia(file.spec).bytes.toString('base64'), respect_moderation: respects(index) }
        : { url: file.url, respect_moderation: respects(index) },
    );
    return jsonResponse(200, { data, model: plan.model, usage: { cost_in_usd_ticks: cost } });
  };
}
