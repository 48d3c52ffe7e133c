import { expect } from 'vitest';
import { GrokImagineError, ValidationError } from '../../src/index.ts';

/** The seed every property runs with: a failure replays the same way on every machine. */
export const SEED = 20_261_202;

/** A ValidationError names a field of the request (or of the config), never an empty one. */
export function expectNamedRefusal(error: unknown, roots: readonly string[]): GrokImagineError {
  expect(GrokImagineError.isInstance(error), `not an SDK error: ${String(error)}`).toBe(true);
  const sdkError = error as GrokImagineError;
  if (ValidationError.isInstance(sdkError)) {
    expect(sdkError.field.length).toBeGreaterThan(0);
    const root = sdkError.field.split(/[.[]/, 1)[0] ?? '';
    expect(roots, `field ${sdkError.field}`).toContain(root);
  }
  // Whatever the input held (cycles, BigInts, functions), the error renders.
  expect(() => JSON.stringify(sdkError)).not.toThrow();
  return sdkError;
}

/** Nothing was sent, so the error must not say the job may exist or be charged. */
export function expectNotCharged(error: GrokImagineError): void {
  expect(error.accepted).toBe('no');
  expect(error.message).not.toMatch(/may (exist|be charged|have been charged)/);
}
