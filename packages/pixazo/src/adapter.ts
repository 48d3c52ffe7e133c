import {
  createHttpClient,
  isImageRequestType,
  mergeCatalog,
  type PriceOverrides,
  type ProviderAdapter,
  requireApiKey,
  silentLogger,
  type StatusResult,
  systemClock,
  type TransportOptions,
  type UploadMedia,
} from '@grok-imagine/core';
import { StatusResponseSchema, SubmitResponseSchema } from './api.ts';
import { PIXAZO_CAPABILITIES } from './capabilities.ts';
import { endpointOfRequestId } from './endpoints.ts';
import { parsePixazoError } from './errors.ts';
import { buildSubmitBody } from './map-request.ts';
import { endpointOfPlan, planPixazoRequest } from './plan.ts';
import { PIXAZO_POLL_HINT } from './poll-hint.ts';
import { PIXAZO_PRICES } from './pricing.ts';
import { mapPixazoStatus } from './status.ts';
import { readPixazoWebhook } from './webhook/parse-webhook.ts';
import { webhookHeaders } from './webhook/webhook-headers.ts';

/** The gateway origin; the adapter appends each endpoint's path and `/v2/requests/status/{id}`. */
export const PIXAZO_BASE_URL = 'https://gateway.pixazo.ai';

/** Configuration of the Pixazo adapter. */
export interface PixazoConfig extends TransportOptions {
  /** Subscription key (`Ocp-Apim-Subscription-Key`); else `PIXAZO_API_KEY`, read at request time. */
  apiKey?: string;
  /** Environment to read `PIXAZO_API_KEY` from (default `process.env` where there is one). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Price overrides by catalog entry id, e.g. `{ 'grok-imagine-api-641/image': { usd: '0.02' } }`. */
  prices?: PriceOverrides;
  /** Uploads bytes, data URIs and files to a public URL: Pixazo fetches media only from URLs. */
  uploadMedia?: UploadMedia;
  /** Today's date (`YYYY-MM-DD`) stamped on price overrides; default the clock's date. */
  today?: string;
}

/** The Pixazo adapter: a `ProviderAdapter` whose `parseWebhook` is always there. */
export type PixazoAdapter = ProviderAdapter & {
  parseWebhook(body: unknown, headers?: Headers): StatusResult & { providerJobId: string };
};

/**
 * Creates the adapter for Pixazo's Grok Imagine endpoints (gateway.pixazo.ai). `plan` routes each
 * neutral request to one of eight endpoints (`PIXAZO_ROUTES`, or `providerOptions.pixazo.endpoint`)
 * and prices it; `start` posts the body with the subscription key, `Content-Type` and
 * `Cache-Control` headers and any webhook (`X-Webhook-URL` / `X-Webhook-Mode`); `status` reads
 * `GET /v2/requests/status/{id}`. A missing key is an `AuthenticationError` on the first call, not here.
 */
export function createPixazoAdapter(config: PixazoConfig = {}): PixazoAdapter {
  const clock = config.clock ?? systemClock;
  const logger = config.logger ?? silentLogger;
  const today = config.today ?? new Date(clock.now()).toISOString().slice(0, 10);
  const prices = mergeCatalog(PIXAZO_PRICES, config.prices, today);

  function apiKey(): string {
    return requireApiKey(config, {
      provider: 'pixazo',
      envVar: 'PIXAZO_API_KEY',
      message: 'pixazo: no API key. Set PIXAZO_API_KEY or pass apiKey in the Pixazo config.',
    });
  }

  // Only transport options go to core: the key is read per request through authHeaders.
  const {
    apiKey: _key,
    env: _env,
    prices: _prices,
    uploadMedia: _upload,
    today: _today,
    ...transport
  } = config;
  const http = createHttpClient({
    ...transport,
    provider: 'pixazo',
    defaultBaseURL: PIXAZO_BASE_URL,
    // Every documented call carries all three, the GET included. Only the key is a credential:
    // the fixed headers go apart so redaction never touches "application/json" or "no-cache".
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache', ...transport.headers },
    authHeaders: () => ({ 'Ocp-Apim-Subscription-Key': apiKey() }),
    parseError: parsePixazoError,
  });

  return {
    id: 'pixazo',
    capabilities: PIXAZO_CAPABILITIES,
    prices,
    pollHint: PIXAZO_POLL_HINT,
    limiter: http.limiter,

    plan: (request) => planPixazoRequest(request, prices),

    async start(request, plan, ctx) {
      const endpoint = endpointOfPlan(plan);
      const headers = webhookHeaders(ctx.webhook);
      apiKey(); // fail on a missing key before uploading anything
      const json = await buildSubmitBody(request, endpoint, config.uploadMedia);
      const response = await http.request({
        method: 'POST',
        path: endpoint.path,
        json,
        headers,
        schema: SubmitResponseSchema,
        intent: 'create',
        attempt: ctx.attempt,
        limitKey: plan.limitKey ?? 'video',
        signal: ctx.signal,
      });
      return mapPixazoStatus(response.data, ctx.logger, request.type);
    },

    async status(providerJobId, ctx) {
      const type = ctx.type ?? endpointOfRequestId(providerJobId)?.type;
      const response = await http.request({
        method: 'GET',
        path: `/v2/requests/status/${encodeURIComponent(providerJobId)}`,
        schema: StatusResponseSchema,
        intent: 'read',
        limitKey: type && isImageRequestType(type) ? 'image' : 'video',
        signal: ctx.signal,
      });
      return mapPixazoStatus(response.data, ctx.logger, type);
    },

    parseWebhook: (body) => readPixazoWebhook(body, logger),
  };
}
