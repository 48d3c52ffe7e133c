import { ValidationError } from '../errors/validation-error.ts';

/** USD ticks per dollar. 1 tick = 1e-10 USD, xAI's unit; all SDK amounts are integer ticks. */
export const TICKS_PER_USD = 10_000_000_000;

/**
 * Converts a dollar amount to exact integer ticks. Pass a string (`'0.07'`) for exact decimal input;
 * numbers are rounded to the nearest tick.
 */
export function usdToTicks(amount: number | string): number {
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount) || amount < 0) {
      throw new ValidationError(`A USD amount must be a finite, non-negative number, got ${amount}.`, {
        field: 'usd',
        value: amount,
        allowed: '>= 0',
      });
    }
    return Math.round(amount * TICKS_PER_USD);
  }
  const match = /^(\d+)(?:\.(\d{1,10}))?$/.exec(amount.trim());
  if (!match) {
    throw new ValidationError(`"${amount}" is not a USD amount like "0.07".`, {
      field: 'usd',
      value: amount,
      allowed: 'a decimal with up to 10 places',
    });
  }
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(10, '0'));
  return whole * TICKS_PER_USD + fraction;
}

/** Converts ticks to a dollar number, for display and JSON only (do not sum these). */
export function ticksToUsd(ticks: number): number {
  return ticks / TICKS_PER_USD;
}

/** Formats ticks as `$0.42`, with more places only when the amount needs them (max 6). */
export function formatUsd(ticks: number): string {
  const usd = ticksToUsd(ticks);
  for (let places = 2; places <= 6; places++) {
    if (Math.round(usd * 10 ** places) / 10 ** places === usd) return `$${usd.toFixed(places)}`;
  }
  return `$${usd.toFixed(6)}`;
}

/** Multiplies a tick price by a quantity (e.g. seconds), rounding to a whole tick. */
export function multiplyTicks(ticks: number, quantity: number): number {
  return Math.round(ticks * quantity);
}
