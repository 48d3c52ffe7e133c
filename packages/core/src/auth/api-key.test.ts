import { describe, expect, it } from 'vitest';
import { AuthenticationError } from '../errors/authentication-error.ts';
import { findApiKey, readProcessEnv, requireApiKey } from './api-key.ts';

const missing = {
  provider: 'xai',
  envVar: 'XAI_API_KEY',
  message: 'xai: no API key. Set XAI_API_KEY.',
} as const;

describe('API keys', () => {
  it('prefers the configured key, then the given environment, trimmed', () => {
    expect(findApiKey({ apiKey: ' k1 ', env: { XAI_API_KEY: 'k2' } }, 'XAI_API_KEY')).toBe('k1');
    expect(findApiKey({ env: { XAI_API_KEY: ' k2\n' } }, 'XAI_API_KEY')).toBe('k2');
    expect(findApiKey({ env: { XAI_API_KEY: '   ' } }, 'XAI_API_KEY')).toBeUndefined();
  });

  it('reads the process environment when no env is given', () => {
    expect(readProcessEnv()).toBe(process.env);
    process.env.GROK_IMAGINE_TEST_KEY = 'from-process';
    try {
      expect(findApiKey({}, 'GROK_IMAGINE_TEST_KEY')).toBe('from-process');
    } finally {
      delete process.env.GROK_IMAGINE_TEST_KEY;
    }
  });

  it('throws AuthenticationError with code missing_api_key and the given message', () => {
    const error = (() => {
      try {
        return requireApiKey({ env: {} }, missing);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ provider: 'xai', code: 'missing_api_key', message: missing.message });
    expect(requireApiKey({ apiKey: 'k' }, missing)).toBe('k');
  });
});
