import type { RateLimitRule } from '@grok-imagine/core';
import { VydraOrganizationSchema, VydraRateLimitsSchema } from './api.ts';
import type { VydraTransport } from './transport.ts';

/** Options of the account calls. */
export interface AccountCallOptions {
  signal?: AbortSignal;
}

/** The organization's credit balance, from `GET /organization`. */
export interface VydraBalance {
  /** Credits left to spend. */
  creditsRemaining: number;
  /** Subscription plan (`free`, `starter`, `creator`), when Vydra says. */
  plan?: string;
  /** The response body as Vydra sent it. */
  raw: unknown;
}

/** The account's rate limits, from `GET /account/rate-limits`. */
export interface VydraRateLimits {
  /** Subscription plan, when Vydra says. */
  plan?: string;
  /** Requests per minute (`limits.rpm`). */
  perMinute?: number;
  /** Requests per hour (`limits.rph`). */
  perHour?: number;
  /** Requests per day (`limits.rpd`). */
  perDay?: number;
  /** Jobs running at once (`limits.concurrent`). */
  concurrent?: number;
  /** The response body as Vydra sent it (usage counters included). */
  raw: unknown;
}

/** Reads the credit balance. */
export async function fetchVydraBalance(
  transport: VydraTransport,
  options: AccountCallOptions = {},
): Promise<VydraBalance> {
  const { data } = await transport.send({
    method: 'GET',
    path: '/organization',
    schema: VydraOrganizationSchema,
    intent: 'read',
    signal: options.signal,
  });
  const balance: VydraBalance = { creditsRemaining: data.creditsRemaining, raw: data };
  if (data.plan) balance.plan = data.plan;
  return balance;
}

function positive(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && value > 0 ? value : undefined;
}

/** Reads the account's plan limits. */
export async function fetchVydraRateLimits(
  transport: VydraTransport,
  options: AccountCallOptions = {},
): Promise<VydraRateLimits> {
  const { data } = await transport.send({
    method: 'GET',
    path: '/account/rate-limits',
    schema: VydraRateLimitsSchema,
    intent: 'read',
    signal: options.signal,
  });
  const limits: VydraRateLimits = { raw: data };
  if (data.plan) limits.plan = data.plan;
  const perMinute = positive(data.limits?.rpm);
  const perHour = positive(data.limits?.rph);
  const perDay = positive(data.limits?.rpd);
  const concurrent = positive(data.limits?.concurrent);
  if (perMinute !== undefined) limits.perMinute = perMinute;
  if (perHour !== undefined) limits.perHour = perHour;
  if (perDay !== undefined) limits.perDay = perDay;
  if (concurrent !== undefined) limits.concurrent = concurrent;
  return limits;
}

/**
 * Turns the account's limits into core limiter rules over all requests (`*`): per minute, hour and
 * day, as Vydra counts them. Concurrency is not a request rate and is left out.
 */
export function toRateLimitRules(limits: VydraRateLimits): RateLimitRule[] {
  const rules: RateLimitRule[] = [];
  if (limits.perMinute) rules.push({ key: '*', limit: limits.perMinute, intervalMs: 60_000 });
  if (limits.perHour) rules.push({ key: '*', limit: limits.perHour, intervalMs: 3_600_000 });
  if (limits.perDay) rules.push({ key: '*', limit: limits.perDay, intervalMs: 86_400_000 });
  return rules;
}

/**
 * Reads the account's limits and puts them in force in core's limiter, replacing the Free-plan
 * default. When Vydra reports no request rate, the rules in force are kept.
 */
export async function applyVydraRateLimits(
  transport: VydraTransport,
  options: AccountCallOptions = {},
): Promise<VydraRateLimits> {
  const limits = await fetchVydraRateLimits(transport, options);
  const rules = toRateLimitRules(limits);
  if (rules.length > 0) transport.client.limiter.configure(rules);
  return limits;
}
