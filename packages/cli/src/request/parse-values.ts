import { ValidationError } from '@grok-imagine/sdk/node';

/** A whole number ≥ 1 from a flag (`--n 2`), or a `ValidationError` naming the flag's field. */
export function parseCount(field: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < 1) {
    throw new ValidationError(`${field} must be a whole number of at least 1, got "${text}".`, {
      field,
      value: text,
      allowed: 'a whole number ≥ 1',
    });
  }
  return value;
}

/** A positive number, fractions allowed (`--timeout 0.5`, `--speed 10`); `what` names it in the error. */
export function parsePositive(field: string, text: string, what = 'a positive number'): number {
  const value = Number(text);
  // Plain decimals only: `0x10`, `1e3` and `Infinity` are more likely slips than intents.
  if (!/^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(text) || !Number.isFinite(value) || value <= 0) {
    throw new ValidationError(`${field} must be ${what}, got "${text}".`, {
      field,
      value: text,
      allowed: what,
    });
  }
  return value;
}

/** One of `allowed`, typed as such, or a `ValidationError` listing them. */
export function pickValue<T extends string>(field: string, text: string, allowed: readonly T[]): T {
  const match = allowed.find((value) => value === text);
  if (match === undefined) {
    throw new ValidationError(`${field} "${text}" is not one of ${allowed.join(', ')}.`, {
      field,
      value: text,
      allowed,
    });
  }
  return match;
}
