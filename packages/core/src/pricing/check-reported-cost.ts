import type { ReportedCost } from '../provider/adapter-result.ts';
import { TICKS_PER_USD } from './money.ts';
import type { Quote } from './quote.ts';

/** A reported cost above this many times the quote is not trusted. */
export const MAX_REPORTED_COST_FACTOR = 10;

/** No single call is trusted to cost more than this, quote or not: $1,000 in ticks. */
export const MAX_REPORTED_USD_TICKS_PER_CALL = 1_000 * TICKS_PER_USD;

/** No single call is trusted to cost more than this many credits, quote or not. */
export const MAX_REPORTED_CREDITS_PER_CALL = 1_000_000;

/** The verdict on one reported figure. */
export type ReportedCostCheck =
  | { trusted: true; cost: ReportedCost }
  | { trusted: false; reason: string; reported: ReportedCost };

function problem(value: number, quoted: number | undefined, cap: number, unit: string): string | undefined {
  if (!Number.isFinite(value)) return `${unit} ${value} is not a finite number`;
  if (value < 0) return `${unit} ${value} is negative`;
  if (value > cap) return `${unit} ${value} is over the per-call cap of ${cap}`;
  if (quoted !== undefined && quoted > 0 && value > quoted * MAX_REPORTED_COST_FACTOR)
    return `${unit} ${value} is over ${MAX_REPORTED_COST_FACTOR}× the quote (${quoted})`;
  return undefined;
}

/**
 * Decides whether a provider's reported cost may count. A figure that is negative, not finite, over
 * the absolute per-call cap, or more than {@link MAX_REPORTED_COST_FACTOR} times the quote is
 * rejected as a whole: the caller keeps the catalog cost and warns (`cost_report_rejected`), so a
 * hostile or broken answer can neither unlock a budget nor blow it up.
 */
export function checkReportedCost(reported: ReportedCost, quote: Quote | undefined): ReportedCostCheck {
  const reasons: string[] = [];
  if (reported.usdTicks !== undefined) {
    const reason = problem(reported.usdTicks, quote?.usdTicks, MAX_REPORTED_USD_TICKS_PER_CALL, 'usdTicks');
    if (reason) reasons.push(reason);
  }
  if (reported.credits !== undefined) {
    const reason = problem(reported.credits, quote?.credits, MAX_REPORTED_CREDITS_PER_CALL, 'credits');
    if (reason) reasons.push(reason);
  }
  if (reasons.length > 0) return { trusted: false, reason: reasons.join('; '), reported };
  const cost: ReportedCost = {};
  // Ticks are whole by definition; a fractional figure is rounded, never summed as a float.
  if (reported.usdTicks !== undefined) cost.usdTicks = Math.round(reported.usdTicks);
  if (reported.credits !== undefined) cost.credits = reported.credits;
  return { trusted: true, cost };
}
