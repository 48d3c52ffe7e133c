import { describe, expect, it } from 'vitest';
import { createApiError } from './create-api-error.ts';
import type { ErrorKind } from './error-kind.ts';

describe('createApiError by status', () => {
  it.each([
    [400, 'ValidationError', false],
    [401, 'AuthenticationError', false],
    [402, 'InsufficientCreditsError', false],
    [403, 'PermissionError', false],
    [404, 'NotFoundError', false],
    [405, 'UnsupportedError', false],
    [408, 'ProviderError', true],
    [415, 'UnsupportedError', false],
    [422, 'ValidationError', false],
    [429, 'RateLimitError', true],
    [500, 'ProviderError', true],
    [502, 'ProviderError', true],
    [503, 'ProviderError', true],
  ] as const)('%i → %s (retryable %s)', (status, name, retryable) => {
    const error = createApiError({
      provider: 'xai',
      status,
      message: 'Something happened',
      requestId: 'r-9',
    });
    expect(error.name).toBe(name);
    expect(error.retryable).toBe(retryable);
    expect(error).toMatchObject({ provider: 'xai', status, requestId: 'r-9' });
    expect(error.message).toBe(`xai ${status}: Something happened`);
  });

  it('prefixes the provider code when there is one', () => {
    const error = createApiError({
      provider: 'vydra',
      status: 401,
      code: 'KEY_REVOKED',
      message: 'Key revoked',
    });
    expect(error.message).toBe('vydra 401 KEY_REVOKED: Key revoked');
    expect(error.code).toBe('KEY_REVOKED');
  });
});

describe('createApiError by kind', () => {
  it.each([
    ['validation', 'ValidationError'],
    ['unsupported', 'UnsupportedError'],
    ['authentication', 'AuthenticationError'],
    ['permission', 'PermissionError'],
    ['insufficient-credits', 'InsufficientCreditsError'],
    ['not-found', 'NotFoundError'],
    ['rate-limit', 'RateLimitError'],
    ['content-policy', 'ContentPolicyError'],
    ['provider', 'ProviderError'],
    ['bot-challenge', 'BotChallengeError'],
  ] satisfies [ErrorKind, string][])('kind %s → %s, whatever the status', (kind, name) => {
    const error = createApiError({ provider: 'pixazo', status: 400, kind, message: 'm' });
    expect(error.name).toBe(name);
    expect(error.provider).toBe('pixazo');
  });

  it('carries retryAfterMs on rate limits, field on validation and credits on 402', () => {
    expect(createApiError({ provider: 'xai', status: 429, message: 'm', retryAfterMs: 2000 })).toMatchObject({
      retryAfterMs: 2000,
    });
    expect(createApiError({ provider: 'xai', status: 400, message: 'm', field: 'duration' })).toMatchObject({
      field: 'duration',
    });
    expect(createApiError({ provider: 'xai', status: 400, message: 'm' })).toMatchObject({
      field: 'request',
    });
    expect(
      createApiError({
        provider: 'vydra',
        status: 402,
        message: 'm',
        creditsRequired: 30,
        creditsRemaining: 1,
      }),
    ).toMatchObject({ creditsRequired: 30, creditsRemaining: 1 });
  });

  it('a bot challenge is not retryable; a provider 4xx is not retryable', () => {
    expect(
      createApiError({ provider: 'pixazo', status: 403, kind: 'bot-challenge', message: 'm' }).retryable,
    ).toBe(false);
    expect(createApiError({ provider: 'xai', status: 409, kind: 'provider', message: 'm' }).retryable).toBe(
      false,
    );
  });
});
