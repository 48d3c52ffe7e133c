import { ValidationError } from '../errors/validation-error.ts';
import { describe, expect, it } from 'vitest';
import { normalizeRequest } from './normalize-request.ts';

function providerOptionsError(pixazo: Record<string, unknown>): ValidationError {
  try {
    normalizeRequest({ type: 'text-to-image', prompt: 'a cat', providerOptions: { pixazo } });
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

const ALLOWED = 'plain JSON data: objects, arrays, strings, finite numbers, booleans and null';

describe('providerOptions must be plain JSON data', () => {
  it('keeps plain data as given', () => {
    const options = {
      endpoint: 'grok-imagine-video',
      extra: { list: [1, 'a', null, true], none: undefined },
    };
    const { request } = normalizeRequest({
      type: 'text-to-image',
      prompt: 'a cat',
      providerOptions: { pixazo: options },
    });
    expect(request.providerOptions).toEqual({ pixazo: options });
  });

  it.each([
    [{ hook: () => 1 }, 'providerOptions.pixazo.hook', 'a function'],
    [{ big: 10n }, 'providerOptions.pixazo.big', 'a BigInt'],
    [{ when: new Date(0) }, 'providerOptions.pixazo.when', 'a Date'],
    [{ list: [1, Number.NaN] }, 'providerOptions.pixazo.list[1]', 'NaN'],
    [{ seed: Number.POSITIVE_INFINITY }, 'providerOptions.pixazo.seed', 'Infinity'],
    [{ tags: new Map() }, 'providerOptions.pixazo.tags', 'a Map'],
    [{ bytes: new Uint8Array(2) }, 'providerOptions.pixazo.bytes', 'a Uint8Array'],
    [{ id: Symbol('x') }, 'providerOptions.pixazo.id', 'a symbol'],
  ])('refuses %o at %s', (pixazo, field, what) => {
    const error = providerOptionsError(pixazo);
    expect(error).toMatchObject({ field, value: `[${what}]`, code: 'not_plain_data', allowed: ALLOWED });
    expect(error.message).toBe(
      `Invalid text-to-image request: ${field} is ${what}; it must be ${ALLOWED}, so the job can be journaled.`,
    );
  });

  it('refuses a circular reference and absurd nesting without overflowing', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(providerOptionsError({ loop })).toMatchObject({
      field: 'providerOptions.pixazo.loop.self',
      value: '[a circular reference]',
    });
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 10_000; i++) {
      deep.next = {};
      deep = deep.next as Record<string, unknown>;
    }
    expect(providerOptionsError({ root }).message).toContain('nested over 32 levels deep');
  });
});
