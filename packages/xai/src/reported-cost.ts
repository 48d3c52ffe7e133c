import type { ReportedCost } from '@grok-imagine/core';
import type { XaiUsage } from './api.ts';

/**
 * The cost xAI reported in `usage.cost_in_usd_ticks` (1 tick = 1e-10 USD), as a raw figure: core
 * decides whether it can be trusted. `undefined` when the answer carries none.
 */
export function xaiReportedCost(usage: XaiUsage): ReportedCost | undefined {
  const raw = usage?.cost_in_usd_ticks;
  if (raw === undefined || raw === null) return undefined;
  const usdTicks = Number(raw);
  // An infinite figure (JSON `1e999`) is passed on for core to reject with a warning naming it.
  return Number.isNaN(usdTicks) ? undefined : { usdTicks };
}
