import { createHttpClient, mergeCatalog, systemClock, UnsupportedError } from '@grok-imagine/core';
import type {
  AdapterContext,
  AdapterPlan,
  ProviderAdapter,
  ProviderRequest,
  StartContext,
  StartResult,
} from '@grok-imagine/core';
import { XaiImageResponseSchema, XaiVideoStartResponseSchema, XaiVideoStatusResponseSchema } from './api.ts';
import { findXaiApiKey, requireXaiApiKey } from './api-key.ts';
import { XAI_CAPABILITIES } from './capabilities.ts';
import { XAI_BASE_URL, type XaiConfig } from './config.ts';
import { parseXaiError, redactSecret } from './errors.ts';
import { XAI_DEFAULT_LIMITS } from './limits.ts';
import { XAI_POLL_HINT } from './poll-hint.ts';
import { mapImageResponse } from './map-image-response.ts';
import { mapXaiRequest, type XaiVideoEditForm, type XaiWireRequest } from './map-request.ts';
import { mapVideoStatus } from './map-video-status.ts';
import { DEFAULT_XAI_MODELS, type XaiModels } from './models.ts';
import { planXai } from './plan.ts';
import { XAI_PRICES } from './pricing.ts';
import { sendVideoEdit, type VideoEditFormMemory } from './video-edit-fallback.ts';

/** xAI videos usually take tens of seconds; start polling after 2 s and never wait more than 10 s. */

// Images finish inside start and xAI keeps no record of them; their job ids carry this prefix
// (xAI request ids are UUIDs, so it cannot collide).
const IMAGE_JOB_PREFIX = 'image-';

/**
 * The adapter for xAI's Grok Imagine API (`https://api.x.ai/v1`). Construction needs no key: plans,
 * quotes and capabilities work offline, and a missing key is an `AuthenticationError` on the first
 * call. xAI has no cancel, list or account endpoint, so the adapter has no `cancel`, `reconcile` or
 * `account` (core answers `UnsupportedError`, reports the submission uncertain, or `supported: false`).
 */
export function createXaiAdapter(config: XaiConfig = {}): ProviderAdapter {
  const { apiKey, env, prices: overrides, models: modelOverrides, today, ...transport } = config;
  const keySource = { apiKey, env };
  const models: XaiModels = { ...DEFAULT_XAI_MODELS, ...modelOverrides };
  const clock = transport.clock ?? systemClock;
  const prices = mergeCatalog(
    XAI_PRICES,
    overrides,
    today ?? new Date(clock.now()).toISOString().slice(0, 10),
  );
  const http = createHttpClient({
    ...transport,
    provider: 'xai',
    defaultBaseURL: XAI_BASE_URL,
    authHeaders: () => ({ authorization: `Bearer ${requireXaiApiKey(keySource)}` }),
    parseError: redactSecret(parseXaiError, () => findXaiApiKey(keySource)),
    defaultLimits: XAI_DEFAULT_LIMITS,
  });
  const videoEdits: VideoEditFormMemory = { form: 'edits' };

  async function send(wire: XaiWireRequest, ctx: StartContext): Promise<StartResult> {
    const base = {
      method: 'POST',
      path: wire.path,
      json: wire.body,
      intent: 'create',
      attempt: ctx.attempt,
      limitKey: wire.family,
      signal: ctx.signal,
    } as const;
    if (wire.family === 'image') {
      const response = await http.request({ ...base, schema: XaiImageResponseSchema });
      return mapImageResponse(response.data, `${IMAGE_JOB_PREFIX}${globalThis.crypto.randomUUID()}`);
    }
    const response = await http.request({ ...base, schema: XaiVideoStartResponseSchema });
    return { providerJobId: response.data.request_id, status: 'pending', raw: response.data };
  }

  async function start(request: ProviderRequest, plan: AdapterPlan, ctx: StartContext): Promise<StartResult> {
    // Fail fast on a missing key, before the request waits its turn in the rate limiter.
    requireXaiApiKey(keySource);
    if (request.type !== 'video-edit') return send(mapXaiRequest(request, plan.route), ctx);
    const sendForm = (form: XaiVideoEditForm) => send(mapXaiRequest(request, plan.route, form), ctx);
    return sendVideoEdit(videoEdits, sendForm, ctx);
  }

  async function status(providerJobId: string, ctx: AdapterContext) {
    if (providerJobId.startsWith(IMAGE_JOB_PREFIX)) {
      throw new UnsupportedError(
        'xai: image jobs are finished by submit and xAI keeps no record of them to read again; use the job submit returned.',
        { provider: 'xai', code: 'image_job_not_stored', requestId: providerJobId },
      );
    }
    requireXaiApiKey(keySource);
    const response = await http.request({
      method: 'GET',
      path: `/videos/${encodeURIComponent(providerJobId)}`,
      schema: XaiVideoStatusResponseSchema,
      intent: 'read',
      signal: ctx.signal,
    });
    return mapVideoStatus(response.data, ctx.logger);
  }

  return {
    id: 'xai',
    capabilities: XAI_CAPABILITIES,
    prices,
    pollHint: XAI_POLL_HINT,
    limiter: http.limiter,
    plan: (request) => planXai(request, prices, models),
    start,
    status,
  };
}
