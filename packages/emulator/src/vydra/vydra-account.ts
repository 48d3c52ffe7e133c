import type { ApiRequest, ApiResponse } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import type { CallContext } from '../server/provider-module.ts';

/** The plan name the emulator reports, from the per-minute limit (Vydra: Free 10, Starter 30, Creator 60). */
function planName(perMinute: number | undefined): string {
  if (perMinute === undefined) return 'enterprise';
  if (perMinute <= 10) return 'free';
  if (perMinute <= 30) return 'starter';
  return 'creator';
}

function perMinute(call: CallContext): number | undefined {
  const rule = call.state.rateLimits.vydra;
  return rule ? Math.round((rule.limit * 60_000) / rule.windowMs) : undefined;
}

/** `GET /organization`: the key's organization and its `creditsRemaining`. */
export function handleVydraOrganization(_req: ApiRequest, call: CallContext): ApiResponse {
  return jsonResponse(200, {
    id: 'org_emulator',
    name: 'Grok Imagine Emulator',
    plan: planName(perMinute(call)),
    creditsRemaining: call.state.balances.get('vydra', call.key),
  });
}

/** `GET /account/rate-limits`: the plan's limits and this window's usage. */
export function handleVydraRateLimits(_req: ApiRequest, call: CallContext): ApiResponse {
  const rpm = perMinute(call);
  const active = call.state.jobs
    .listFor('vydra', call.key)
    .filter((job) => job.readyAt > call.state.clock.now() && job.cancelledAt === undefined).length;
  return jsonResponse(200, {
    plan: planName(rpm),
    limits: { rpm: rpm ?? null, concurrent: rpm === undefined ? null : rpm <= 10 ? 2 : rpm <= 30 ? 5 : 10 },
    usage: {
      remaining: call.rate.remaining,
      resetAt: new Date(call.rate.resetAt).toISOString(),
      activeJobs: active,
    },
  });
}
