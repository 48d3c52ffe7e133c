import type { JobCost } from '../job/job.ts';
import { ticksToUsd } from './money.ts';
import type { Quote } from './quote.ts';

/**
 * The catalog cost of a job from its quote (`basis: 'catalog'`), used when the provider reports
 * none. `undefined` when the quote knows neither a USD nor a credit figure.
 */
export function costFromQuote(quote: Quote): JobCost | undefined {
  if (quote.usdTicks === undefined && quote.credits === undefined) return undefined;
  const cost: JobCost = { basis: 'catalog' };
  if (quote.usdTicks !== undefined) {
    cost.usdTicks = quote.usdTicks;
    cost.usd = ticksToUsd(quote.usdTicks);
  }
  if (quote.credits !== undefined) cost.credits = quote.credits;
  return cost;
}
