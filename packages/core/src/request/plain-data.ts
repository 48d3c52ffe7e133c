import { ValidationError } from '../errors/validation-error.ts';

/** Nesting deeper than this is refused: no provider option needs it, and a journal line must stay readable. */
const MAX_DEPTH = 32;

const ALLOWED = 'plain JSON data: objects, arrays, strings, finite numbers, booleans and null';

/** What a value is, in words for an error (never the value itself: it may be huge or circular). */
function kindOf(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'bigint') return 'a BigInt';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'undefined') return 'undefined';
  if (typeof value === 'number') return String(value);
  const name = (value as object).constructor?.name;
  return name ? `a ${name}` : 'an object with a custom prototype';
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function refuse(path: string, requestType: string, what: string): ValidationError {
  return new ValidationError(
    `Invalid ${requestType} request: ${path} is ${what}; it must be ${ALLOWED}, so the job can be journaled.`,
    { field: path, value: `[${what}]`, allowed: ALLOWED, code: 'not_plain_data' },
  );
}

function check(value: unknown, path: string, requestType: string, ancestors: object[]): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw refuse(path, requestType, kindOf(value));
    return;
  }
  if (typeof value !== 'object') throw refuse(path, requestType, kindOf(value));
  if (ancestors.includes(value)) throw refuse(path, requestType, 'a circular reference');
  if (ancestors.length >= MAX_DEPTH) throw refuse(path, requestType, `nested over ${MAX_DEPTH} levels deep`);
  const inner = [...ancestors, value];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) check(item, `${path}[${index}]`, requestType, inner);
    return;
  }
  if (!isPlainObject(value)) throw refuse(path, requestType, kindOf(value));
  for (const [key, child] of Object.entries(value)) {
    // An undefined property is left out by JSON and by the wire body alike: nothing is lost.
    if (child !== undefined) check(child, `${path}.${key}`, requestType, inner);
  }
}

/**
 * Checks that a value survives a JSON round trip unchanged, so what is journaled is what was sent:
 * no functions, BigInts, symbols, NaN or Infinity, circular references, class instances (`Date`,
 * `Map`, typed arrays…) or absurd nesting. Throws a `ValidationError` naming the first bad path,
 * before anything is sent.
 */
export function assertPlainData(value: unknown, path: string, requestType: string): void {
  check(value, path, requestType, []);
}
