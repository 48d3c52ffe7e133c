import {
  AuthenticationError,
  BudgetExceededError,
  ConnectionError,
  InsufficientCreditsError,
  NotFoundError,
  PermissionError,
  ProviderError,
  RateLimitError,
  SubmissionUncertainError,
  UnsupportedError,
  ValidationError,
} from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import { isProvablyUnaccepted } from './is-provably-unaccepted.ts';

describe('isProvablyUnaccepted', () => {
  it.each([
    ['503', new ProviderError('x', { status: 503 }), true],
    ['500', new ProviderError('x', { status: 500 }), true],
    ['429 past the retry budget', new RateLimitError('x', { status: 429 }), true],
    ['402', new InsufficientCreditsError('x', { status: 402 }), true],
    ['401', new AuthenticationError('x', { status: 401 }), true],
    ['403', new PermissionError('x', { status: 403 }), true],
    ['unsupported', new UnsupportedError('x'), true],
    ['budget', new BudgetExceededError('x'), true],
    ['submission uncertain', new SubmissionUncertainError('x'), false],
    ['provider error without status', new ProviderError('x'), false],
    ['a 400 from the provider', new ValidationError('x', { field: 'f', status: 400 }), false],
    ['connection error', new ConnectionError('x'), false],
    ['not found', new NotFoundError('x', { status: 404 }), false],
    ['a plain Error', new Error('x'), false],
  ])('%s → %s', (_label, error, expected) => {
    expect(isProvablyUnaccepted(error)).toBe(expected);
  });
});
