import {
  AuthenticationError,
  BudgetExceededError,
  ConnectionError,
  JobFailedError,
  RateLimitError,
  UnsupportedError,
  ValidationError,
  WaitTimeoutError,
} from '@grok-imagine/sdk/node';
import { describe, expect, it } from 'vitest';
import { EXIT_CODE_TABLE, EXIT_CODES, exitCodeFor, exitCodeHelp } from './exit-codes.ts';

describe('exitCodeFor', () => {
  it('maps each error family to its documented exit code', () => {
    expect(exitCodeFor(new ValidationError('bad', { field: 'duration' }))).toBe(2);
    expect(exitCodeFor(new UnsupportedError('no'))).toBe(2);
    expect(exitCodeFor(new AuthenticationError('no key', { code: 'missing_api_key', provider: 'xai' }))).toBe(
      3,
    );
    expect(exitCodeFor(new BudgetExceededError('over'))).toBe(3);
    expect(exitCodeFor(new JobFailedError('failed'))).toBe(4);
    expect(exitCodeFor(new WaitTimeoutError('slow'))).toBe(5);
    expect(exitCodeFor(new RateLimitError('429'))).toBe(6);
    expect(exitCodeFor(new ConnectionError('down'))).toBe(6);
  });

  it('treats anything that is not an SDK error as unexpected (1)', () => {
    expect(exitCodeFor(new TypeError('oops'))).toBe(EXIT_CODES.unexpected);
    expect(exitCodeFor('a string')).toBe(1);
  });
});

describe('exitCodeHelp', () => {
  it('lists every documented code for the --help epilogue', () => {
    const help = exitCodeHelp();
    for (const row of EXIT_CODE_TABLE) expect(help).toContain(`${row.code}  ${row.meaning}`);
    expect(EXIT_CODE_TABLE.map((row) => row.code)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 130]);
  });
});
