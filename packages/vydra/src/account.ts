import type { AccountRateLimits, AdapterContext, ProviderAccount } from '@grok-imagine/core';
import { VydraOrganizationSchema, VydraRateLimitsSchema } from './api.ts';
import type { VydraTransport } from './transport.ts';

function positive(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * What Vydra tells about the account behind the key: the credit balance (`GET /organization` →
 * `creditsRemaining`) and the plan's limits (`GET /account/rate-limits` → `limits.rpm`,
 * `limits.concurrent`, `plan`). A limit that is missing, not a positive number or `null` (custom
 * Enterprise plans) is left out rather than guessed. Two reads, each counted against the plan's limit.
 */
export async function readVydraAccount(
  transport: VydraTransport,
  ctx: AdapterContext,
): Promise<ProviderAccount> {
  const organization = await transport.send({
    method: 'GET',
    path: '/organization',
    schema: VydraOrganizationSchema,
    intent: 'read',
    signal: ctx.signal,
  });
  const limits = await transport.send({
    method: 'GET',
    path: '/account/rate-limits',
    schema: VydraRateLimitsSchema,
    intent: 'read',
    signal: ctx.signal,
  });
  const rateLimits: AccountRateLimits = {};
  const perMinute = positive(limits.data.limits?.rpm);
  const concurrent = positive(limits.data.limits?.concurrent);
  const plan = limits.data.plan ?? organization.data.plan ?? undefined;
  if (perMinute !== undefined) rateLimits.requestsPerMinute = perMinute;
  if (concurrent !== undefined) rateLimits.concurrentJobs = concurrent;
  if (plan) rateLimits.plan = plan.slice(0, 40);
  return { provider: 'vydra', supported: true, credits: organization.data.creditsRemaining, rateLimits };
}
