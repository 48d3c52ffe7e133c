import { createHttpClient, mergeCatalog, systemClock, UnsupportedError } from '@grok-imagine/core';
import type { AdapterContext, PollHint, ProviderAdapter, ProviderRequest } from '@grok-imagine/core';
import { XaiImageResponseSchema, XaiVideoStartResponseSchema, XaiVideoStatusResponseSchema } from './api.ts';
import { findXaiApiKey, requireXaiApiKey } from './api-key.ts';
import { XAI_CAPABILITIES } from './capabilities.ts';
import { XAI_BASE_URL, type XaiConfig } from './config.ts';
import { parseXaiError, redactSecret } from './errors.ts';
import { XAI_DEFAULT_LIMITS } from './limits.ts';
import { mapXaiRequest } from './map-request.ts';
import { mapImageResponse, mapVideoStatus, mapVideoSubmitted } from './map-response.ts';
import { DEFAULT_XAI_MODELS, type XaiModels } from './models.ts';
import { XAI_PRICES } from './pricing.ts';
import { quoteXai } from './quote.ts';

/** xAI videos usually take tens of seconds; start polling after 2 s and never wait more than 10 s. */
export const XAI_POLL_HINT: PollHint = Object.freeze({ initialIntervalMs: 2_000, maxIntervalMs: 10_000 });

// Images finish inside submit and xAI keeps no record of them; their job ids carry this prefix
// (xAI request ids are UUIDs, so it cannot collide).
const IMAGE_JOB_PREFIX = 'image-';

/**
 * The adapter for xAI's Grok Imagine API (`https://api.x.ai/v1`). Construction needs no key: quotes
 * and capabilities work offline, and a missing key is an `AuthenticationError` on the first call.
 * xAI has no cancel endpoint, so the adapter has no `cancel` (core answers `UnsupportedError`).
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
  const quote = (request: Parameters<ProviderAdapter['quote']>[0]) => quoteXai(request, prices, models);

  async function submit(request: ProviderRequest, ctx: AdapterContext) {
    const wire = mapXaiRequest(request, models);
    // Fail fast on a missing key, before the request waits its turn in the rate limiter.
    requireXaiApiKey(keySource);
    const base = {
      method: 'POST',
      path: wire.path,
      json: wire.body,
      intent: 'create',
      signal: ctx.signal,
    } as const;
    if (wire.family === 'image') {
      const response = await http.request({ ...base, schema: XaiImageResponseSchema, limitKey: 'image' });
      return mapImageResponse(response.data, {
        type: request.type,
        now: ctx.clock.now(),
        providerJobId: `${IMAGE_JOB_PREFIX}${globalThis.crypto.randomUUID()}`,
      });
    }
    const response = await http.request({ ...base, schema: XaiVideoStartResponseSchema, limitKey: 'video' });
    return mapVideoSubmitted(response.data, { type: request.type, now: ctx.clock.now() });
  }

  async function refresh(providerJobId: string, ctx: AdapterContext) {
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
    return mapVideoStatus(response.status, response.data, {
      type: ctx.type ?? 'text-to-video',
      now: ctx.clock.now(),
      providerJobId,
      logger: ctx.logger,
    });
  }

  return {
    id: 'xai',
    capabilities: XAI_CAPABILITIES,
    prices,
    pollHint: XAI_POLL_HINT,
    submit,
    refresh,
    quote,
  };
}
