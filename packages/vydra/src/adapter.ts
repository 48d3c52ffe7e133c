import {
  type AdapterContext,
  type AdapterPlan,
  GrokImagineError,
  type NamedStatusResult,
  type ProviderAdapter,
  type ProviderRequest,
  type StartContext,
  type StartResult,
  systemClock,
  UnsupportedError,
} from '@grok-imagine/core';
import * as v from '@grok-imagine/core/valibot';
import { readVydraAccount } from './account.ts';
import { VydraCancelSchema, VydraJobSchema } from './api.ts';
import { VYDRA_CAPABILITIES } from './capabilities.ts';
import type { VydraConfig } from './config.ts';
import { toVydraBody } from './map-request.ts';
import { mapVydraJob, mapVydraStart } from './map-response.ts';
import { planVydra, requireVydraRoute } from './plan.ts';
import { VYDRA_POLL_HINT } from './poll-hint.ts';
import { createVydraPricing } from './pricing.ts';
import { reconcileVydra } from './reconcile.ts';
import { createVydraTransport } from './transport.ts';

/** The Vydra adapter: the provider contract with cancel, reconcile and account. */
export type VydraAdapter = ProviderAdapter &
  Required<Pick<ProviderAdapter, 'cancel' | 'reconcile' | 'account'>>;

/** Videos take minutes and every status read counts against the per-minute limit: poll gently. */

/**
 * Creates the adapter for Vydra's Grok Imagine endpoint (`https://www.vydra.ai/api/v1`).
 * The key comes from `config.apiKey` or `VYDRA_API_KEY`, read at request time.
 */
export function createVydraAdapter(config: VydraConfig = {}): VydraAdapter {
  const clock = config.clock ?? systemClock;
  const today = config.today ?? new Date(clock.now()).toISOString().slice(0, 10);
  const pricing = createVydraPricing(config.prices, config.usdPerCredit, today);
  const transport = createVydraTransport(config);

  async function status(providerJobId: string, ctx: AdapterContext): Promise<NamedStatusResult> {
    const response = await transport.send({
      method: 'GET',
      path: `/jobs/${encodeURIComponent(providerJobId)}`,
      schema: VydraJobSchema,
      intent: 'read',
      signal: ctx.signal,
    });
    return mapVydraJob(response.data, { logger: ctx.logger, pricing, knownType: ctx.type });
  }

  return {
    id: 'vydra',
    capabilities: VYDRA_CAPABILITIES,
    prices: pricing.catalog,
    pollHint: VYDRA_POLL_HINT,
    limiter: transport.client.limiter,

    plan: (request) => planVydra(pricing, request),

    async start(request: ProviderRequest, plan: AdapterPlan, ctx: StartContext): Promise<StartResult> {
      if (ctx.webhook) {
        throw new UnsupportedError(
          'vydra documents no webhookUrl for POST /models/grok-imagine; poll with wait() instead.',
          { provider: 'vydra', code: 'webhooks_unsupported' },
        );
      }
      const route = requireVydraRoute(request.type);
      // The plan chose the sub-model once; a plan made for another request is refused before sending.
      if (plan.route !== route.model) {
        throw new GrokImagineError(
          `vydra: the plan routes to ${plan.route}, but a ${request.type} request runs on ${route.model}; plan the request again.`,
          { provider: 'vydra', code: 'plan_mismatch' },
        );
      }
      const body = await toVydraBody(request, route, config.uploadMedia);
      const response = await transport.send({
        method: 'POST',
        path: '/models/grok-imagine',
        json: body,
        schema: VydraJobSchema,
        intent: 'create',
        attempt: ctx.attempt,
        limitKey: plan.limitKey,
        signal: ctx.signal,
      });
      return mapVydraStart(response.data, {
        logger: ctx.logger,
        pricing,
        knownType: request.type,
        httpStatus: response.status,
      });
    },

    status,

    async cancel(providerJobId: string, ctx: AdapterContext): Promise<NamedStatusResult> {
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
        return mapVydraJob(parsed.output, { logger: ctx.logger, pricing, knownType: ctx.type });
      return status(providerJobId, ctx);
    },

    reconcile: (query, ctx) => reconcileVydra(transport, pricing, query, ctx),

    account: (ctx) => readVydraAccount(transport, ctx),
  };
}
