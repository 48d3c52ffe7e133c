import * as v from '@grok-imagine/core/valibot';

/** One hour in ms: the longest single request, retry pause or poll interval a config may set. */
export const MAX_REQUEST_MS = 3_600_000;

/** One day in ms: the longest `wait` a config may set as its default. */
export const MAX_WAIT_MS = 86_400_000;

/** Most retries of one request: more only multiplies a provider's outage. */
export const MAX_RETRIES = 20;

/**
 * A finite number of milliseconds within `[min, max]`. `Infinity` and `NaN` are refused: a timer
 * given either fires at once (Node clamps it to 1 ms), so "no limit" would silently become none.
 */
export function millisecondsIn(min: number, max: number) {
  const message = `must be a number of milliseconds from ${min} to ${max}`;
  return v.pipe(v.number(message), v.finite(message), v.minValue(min, message), v.maxValue(max, message));
}

/** A whole number within `[min, max]`, named by `label` (e.g. "retries"). */
export function wholeNumberIn(min: number, max: number, label: string) {
  const message = `must be a whole number of ${label} from ${min} to ${max}`;
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
}

/** A finite number within `[min, max]`. */
export function finiteIn(min: number, max: number, label: string) {
  const message = `must be ${label} from ${min} to ${max}`;
  return v.pipe(v.number(message), v.finite(message), v.minValue(min, message), v.maxValue(max, message));
}

/** A finite, non-negative number (a count of credits, a price), named by `label`. */
export function nonNegative(label: string) {
  const message = `must be a finite, non-negative number of ${label}`;
  return v.pipe(v.number(message), v.finite(message), v.minValue(0, message));
}
