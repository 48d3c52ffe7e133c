import { formatUsd, type JobCost, type Quote } from '@grok-imagine/sdk/node';

/** A quote as one short phrase: `$0.42`, `12 credits`, `12 credits (~$0.24)` or `unknown`. */
export function formatQuote(quote: Quote | undefined): string {
  if (!quote) return 'unknown';
  return formatAmount(quote.usdTicks, quote.credits);
}

/** What a job cost, with where the figure came from: `$0.42 (reported)`, or `unknown`. */
export function formatCost(cost: JobCost | undefined): string {
  if (!cost) return 'unknown';
  const amount = formatAmount(cost.usdTicks, cost.credits);
  return amount === 'unknown' ? amount : `${amount} (${cost.basis})`;
}

function formatAmount(usdTicks: number | undefined, credits: number | undefined): string {
  const creditText = credits === undefined ? undefined : `${credits} credit${credits === 1 ? '' : 's'}`;
  if (usdTicks === undefined) return creditText ?? 'unknown';
  return creditText ? `${creditText} (~${formatUsd(usdTicks)})` : formatUsd(usdTicks);
}
