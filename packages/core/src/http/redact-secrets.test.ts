import { describe, expect, it } from 'vitest';
import { isCredentialHeader, redactSecrets, secretsOf } from './redact-secrets.ts';

describe('secretsOf', () => {
  it('takes credential header values and their bearer tokens, longest first', () => {
    expect(secretsOf({ Authorization: 'Bearer abcdefghijk' })).toEqual(['Bearer abcdefghijk', 'abcdefghijk']);
    expect(secretsOf({ 'Ocp-Apim-Subscription-Key': 'pz-key-1234567' })).toEqual(['pz-key-1234567']);
    expect(secretsOf({ 'X-Goog-Api-Key': 'goog-key-12345', Cookie: 'session=abcdef123' })).toEqual([
      'session=abcdef123',
      'goog-key-12345',
    ]);
  });

  it('leaves ordinary header values alone, however long', () => {
    expect(
      secretsOf({
        'Content-Type': 'application/json',
        'Cache-Control': 'no-cache, no-store',
        Accept: 'application/json',
        'X-Webhook-Mode': 'completion-only',
      }),
    ).toEqual([]);
  });

  it('ignores values too short to be a key', () => {
    expect(secretsOf({ 'x-api-key': 'abc' })).toEqual([]);
  });
});

describe('isCredentialHeader', () => {
  it.each([
    'authorization',
    'Proxy-Authorization',
    'ocp-apim-subscription-key',
    'X-API-Key',
    'api_key',
    'cookie',
    'X-Auth-Token',
    'x-client-secret',
  ])('treats %s as a credential', (name) => {
    expect(isCredentialHeader(name)).toBe(true);
  });

  it.each(['content-type', 'cache-control', 'accept', 'user-agent', 'x-webhook-mode'])(
    'does not treat %s as a credential',
    (name) => {
      expect(isCredentialHeader(name)).toBe(false);
    },
  );
});

describe('redactSecrets', () => {
  it('redacts whole header values and bearer tokens, not other words', () => {
    const secrets = secretsOf({
      authorization: 'Bearer abcdefghijk',
      'content-type': 'application/json',
      'x-short': 'abc',
    });
    expect(redactSecrets('got Bearer abcdefghijk and abcdefghijk, abc, application/json', secrets)).toBe(
      'got [redacted] and [redacted], abc, application/json',
    );
  });
});
