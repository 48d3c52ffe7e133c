import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { checkWaitOptions } from './check-wait-options.ts';

describe('checkWaitOptions', () => {
  it.each([
    [undefined],
    [{}],
    [{ timeoutMs: 0 }],
    [{ timeoutMs: 86_400_000 }],
    [{ poll: { initialIntervalMs: 0, maxIntervalMs: 3_600_000, factor: 1, jitter: 1 } }],
  ])('takes %j', (options) => {
    expect(() => checkWaitOptions(options)).not.toThrow();
  });

  it.each([
    [{ timeoutMs: Number.NaN }, 'timeoutMs', 'a number of milliseconds from 0 to 86400000'],
    [{ timeoutMs: Number.POSITIVE_INFINITY }, 'timeoutMs', 'a number of milliseconds from 0 to 86400000'],
    [{ timeoutMs: -5 }, 'timeoutMs', 'a number of milliseconds from 0 to 86400000'],
    [{ timeoutMs: '100' }, 'timeoutMs', 'a number of milliseconds from 0 to 86400000'],
    [
      { poll: { initialIntervalMs: Number.NaN } },
      'poll.initialIntervalMs',
      'a number of milliseconds from 0 to 3600000',
    ],
    [{ poll: { maxIntervalMs: -1 } }, 'poll.maxIntervalMs', 'a number of milliseconds from 0 to 3600000'],
    [{ poll: { factor: 0.5 } }, 'poll.factor', 'a growth factor from 1 to 10'],
    [{ poll: { jitter: 2 } }, 'poll.jitter', 'a fraction from 0 to 1'],
    [{ poll: 5 }, 'poll', '{ initialIntervalMs?, maxIntervalMs?, factor?, jitter? }'],
  ])('refuses %j naming %s', (options, field, allowed) => {
    let caught: unknown;
    try {
      checkWaitOptions(options);
    } catch (error) {
      caught = error;
    }
    expect(ValidationError.isInstance(caught)).toBe(true);
    expect(caught).toMatchObject({ field, allowed });
  });
});
