import {
  type AdapterContext,
  checkCapabilities,
  type Job,
  type NormalizedRequest,
  type PollHint,
  type ProviderAdapter,
  type ProviderRequest,
  ResponseValidationError,
  type SubmitContext,
  silentLogger,
  systemClock,
} from '@grok-imagine/core';
import * as v from 'valibot';
import {
  type AccountCallOptions,
  applyVydraRateLimits,
  fetchVydraBalance,
  fetchVydraRateLimits,
  type VydraBalance,
  type VydraRateLimits,
} from './account.ts';
import { VydraCancelSchema, VydraJobSchema } from './api.ts';
import { VYDRA_CAPABILITIES } from './capabilities.ts';
import type { VydraConfig } from './config.ts';
import type { VydraRateLimitSnapshot } from './limits.ts';
import { toVydraBody } from './map-request.ts';
import { type MapJobOptions, mapVydraJob } from './map-response.ts';
import { createVydraPricing, quoteVydra } from './pricing.ts';
import { reconcileVydraSubmission } from './reconcile.ts';
import { createVydraTransport } from './transport.ts';

/** The Vydra adapter: the provider contract plus Vydra's account calls. */
export interface VydraAdapter extends ProviderAdapter {
  cancel(providerJobId: string, ctx: AdapterContext): Promise<Job>;
  parseWebhook(body: unknown, headers?: Headers): Job;
  reconcileSubmission(
    request: ProviderRequest,
    submittedAt: number,
    ctx: AdapterContext,
  ): Promise<Job | undefined>;
  /** Credits left on the organization (`GET /organization`). */
  balance(options?: AccountCallOptions): Promise<VydraBalance>;
  /** The account's plan limits (`GET /account/rate-limits`). */
  rateLimits(options?: AccountCallOptions): Promise<VydraRateLimits>;
  /** Reads the plan limits and puts them in force in the request limiter. */
  applyRateLimits(options?: AccountCallOptions): Promise<VydraRateLimits>;
  /** `X-RateLimit-Limit/Remaining/Reset` of the last response that carried them. */
  lastRateLimit(): VydraRateLimitSnapshot | undefined;
}

/** Videos take minutes and every status read counts against the per-minute limit: poll gently. */
const POLL_HINT: PollHint = { initialIntervalMs: 6_000, maxIntervalMs: 30_000 };

/**
 * Creates the adapter for Vydra's Grok Imagine endpoint (`https://www.vydra.ai/api/v1`).
 * The key comes from `config.apiKey` or `VYDRA_API_KEY`, read at request time.
 */
export function createVydraAdapter(config: VydraConfig = {}): VydraAdapter {
  const clock = config.clock ?? systemClock;
  const today = config.today ?? new Date(clock.now()).toISOString().slice(0, 10);
  const pricing = createVydraPricing(config.prices, config.usdPerCredit, today);
  const transport = createVydraTransport(config);

  function mapOptions(ctx: AdapterContext, extra: Partial<MapJobOptions> = {}): MapJobOptions {
    return { clock: ctx.clock, logger: ctx.logger, pricing, type: ctx.type, ...extra };
  }

  async function refresh(providerJobId: string, ctx: AdapterContext): Promise<Job> {
    const response = await transport.send({
      method: 'GET',
      path: `/jobs/${encodeURIComponent(providerJobId)}`,
      schema: VydraJobSchema,
      intent: 'read',
      signal: ctx.signal,
    });
    return mapVydraJob(response.data, mapOptions(ctx, { fallbackId: providerJobId }));
  }

  return {
    id: 'vydra',
    capabilities: VYDRA_CAPABILITIES,
    prices: pricing.catalog,
    pollHint: POLL_HINT,

    async submit(request: ProviderRequest, ctx: SubmitContext): Promise<Job> {
      // Core checks too; checking here keeps a direct caller from paying for a request Vydra rejects.
      checkCapabilities('vydra', VYDRA_CAPABILITIES, request as unknown as NormalizedRequest, {
        explicitFields: new Set(),
      });
      const body = await toVydraBody(request, { uploadMedia: config.uploadMedia, webhook: ctx.webhook });
      const response = await transport.send({
        method: 'POST',
        path: '/models/grok-imagine',
        json: body,
        schema: VydraJobSchema,
        intent: 'create',
        signal: ctx.signal,
      });
      const options = mapOptions(ctx, { type: request.type, httpStatus: response.status });
      return mapVydraJob(response.data, options);
    },

    refresh,

    async cancel(providerJobId: string, ctx: AdapterContext): Promise<Job> {
      const response = await transport.send({
        method: 'DELETE',
        path: `/jobs/${encodeURIComponent(providerJobId)}`,
        schema: VydraCancelSchema,
        intent: 'cancel',
        signal: ctx.signal,
      });
      const parsed = v.safeParse(VydraJobSchema, response.data);
      // Vydra may answer with the job or with a bare acknowledgement; only a job says where it stands.
      if (parsed.success && parsed.output.status)
        return mapVydraJob(parsed.output, mapOptions(ctx, { fallbackId: providerJobId }));
      return refresh(providerJobId, ctx);
    },

    quote: (request) => quoteVydra(pricing, request),

    parseWebhook(body: unknown): Job {
      const nested = (body as { job?: unknown } | null)?.job;
      const parsed = v.safeParse(VydraJobSchema, nested && typeof nested === 'object' ? nested : body);
      if (!parsed.success) {
        throw new ResponseValidationError('vydra: the webhook body is not a job.', {
          provider: 'vydra',
          rawText: JSON.stringify(body) ?? String(body),
          issues: parsed.issues.map((issue) => `${v.getDotPath(issue) ?? '(body)'}: ${issue.message}`),
        });
      }
      return mapVydraJob(parsed.output, { clock, logger: config.logger ?? silentLogger, pricing });
    },

    reconcileSubmission: (request, submittedAt, ctx) =>
      reconcileVydraSubmission(transport, pricing, request, submittedAt, ctx),

    balance: (options) => fetchVydraBalance(transport, options),
    rateLimits: (options) => fetchVydraRateLimits(transport, options),
    applyRateLimits: (options) => applyVydraRateLimits(transport, options),
    lastRateLimit: () => transport.lastRateLimit(),
  };
}
