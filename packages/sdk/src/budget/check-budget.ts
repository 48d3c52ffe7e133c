import { BudgetExceededError, formatUsd, type Quote, usdToTicks } from '@grok-imagine/core';
import type { BudgetConfig } from '../config/grok-imagine-config.ts';

/**
 * Refuses a call before it is sent when its quote breaks the budget: over `maxUsdPerCall`, or
 * `spentTicks` + quote over `maxUsdTotal`. A quote with no USD figure is refused too (it cannot be
 * proven to fit) unless `allowUnknown` is set. Throws `BudgetExceededError` carrying the quote.
 */
export function checkBudget(budget: BudgetConfig | undefined, quote: Quote, spentTicks: number): void {
  if (!budget) return;
  const perCall = budget.maxUsdPerCall === undefined ? undefined : usdToTicks(budget.maxUsdPerCall);
  const total = budget.maxUsdTotal === undefined ? undefined : usdToTicks(budget.maxUsdTotal);
  if (perCall === undefined && total === undefined) return;
  const what = `${quote.type} on ${quote.provider}`;
  if (quote.usdTicks === undefined) {
    if (budget.allowUnknown) return;
    const credits = quote.credits === undefined ? '' : ` (${quote.credits} credits)`;
    throw new BudgetExceededError(
      `Cannot prove this ${what} fits the budget: its quote has no USD price${credits}. ` +
        `Give the provider a USD price (e.g. providers.${quote.provider}.usdPerCredit or a price override) or set budget.allowUnknown: true.`,
      {
        provider: quote.provider,
        quote,
        limit: perCall === undefined ? 'maxUsdTotal' : 'maxUsdPerCall',
        code: 'budget_price_unknown',
      },
    );
  }
  if (perCall !== undefined && quote.usdTicks > perCall) {
    throw new BudgetExceededError(
      `This ${what} is quoted at ${formatUsd(quote.usdTicks)}, over budget.maxUsdPerCall ${formatUsd(perCall)}; nothing was sent.`,
      { provider: quote.provider, quote, limit: 'maxUsdPerCall' },
    );
  }
  if (total !== undefined && spentTicks + quote.usdTicks > total) {
    throw new BudgetExceededError(
      `This ${what} is quoted at ${formatUsd(quote.usdTicks)}; with ${formatUsd(spentTicks)} already spent that is over budget.maxUsdTotal ${formatUsd(total)}; nothing was sent.`,
      { provider: quote.provider, quote, limit: 'maxUsdTotal' },
    );
  }
}
