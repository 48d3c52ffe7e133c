import { AuthenticationError, ValidationError } from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import { missingApiKeyError } from './api-key-env.ts';
import { resolveConfig } from './resolve-config.ts';

const file = (config: unknown) => ({ config, source: 'team/grok-imagine.config.json' });

describe('resolveConfig precedence: explicit > environment > file > defaults', () => {
  it('defaults to xai with no fallback when nothing is configured', () => {
    const resolved = resolveConfig({ env: {} });
    expect(resolved.provider).toBe('xai');
    expect(resolved.order).toEqual(['xai']);
    expect(resolved.strict).toBe(false);
    expect(resolved.providers.xai.apiKey).toBeUndefined();
  });

  it('takes the provider from the file, then the environment over it, then the object over both', () => {
    expect(resolveConfig({ env: {} }, file({ provider: 'vydra' })).provider).toBe('vydra');
    const env = { GROK_IMAGINE_PROVIDER: 'pixazo' };
    expect(resolveConfig({ env }, file({ provider: 'vydra' })).provider).toBe('pixazo');
    expect(resolveConfig({ env, provider: 'xai' }, file({ provider: 'vydra' })).provider).toBe('xai');
  });

  it('reads each key from its env var, below an explicit key and above the file', () => {
    const env = { XAI_API_KEY: 'env-xai', PIXAZO_API_KEY: 'env-pixazo' };
    const resolved = resolveConfig(
      { env, providers: { pixazo: { apiKey: 'explicit-pixazo' } } },
      file({ providers: { xai: { apiKey: 'file-xai' }, vydra: { apiKey: 'file-vydra' } } }),
    );
    expect(resolved.providers.xai.apiKey).toBe('env-xai');
    expect(resolved.providers.pixazo.apiKey).toBe('explicit-pixazo');
    expect(resolved.providers.vydra.apiKey).toBe('file-vydra');
  });

  it('reads each base URL from its env var, below the object and above the file', () => {
    const env = {
      XAI_BASE_URL: 'http://127.0.0.1:8787/xai/v1',
      PIXAZO_BASE_URL: 'http://127.0.0.1:8787/pixazo',
      VYDRA_BASE_URL: ' ',
    };
    const resolved = resolveConfig(
      { env, providers: { pixazo: { baseURL: 'https://proxy.test/pixazo' } } },
      file({
        providers: {
          xai: { baseURL: 'https://file.test/xai/v1' },
          vydra: { baseURL: 'https://file.test/vydra/api/v1' },
        },
      }),
    );
    expect(resolved.providers.xai.baseURL).toBe('http://127.0.0.1:8787/xai/v1');
    expect(resolved.providers.pixazo.baseURL).toBe('https://proxy.test/pixazo');
    // An empty variable counts as unset.
    expect(resolved.providers.vydra.baseURL).toBe('https://file.test/vydra/api/v1');
    expect(
      resolveConfig({ env, provider: 'xai', baseURL: 'https://shorthand.test/v1' }).providers.xai.baseURL,
    ).toBe('https://shorthand.test/v1');
    expect(resolveConfig({ env: {} }).providers.xai.baseURL).toBeUndefined();
  });

  it('applies the top-level apiKey/baseURL shorthand to the provider in force', () => {
    const resolved = resolveConfig({
      env: { GROK_IMAGINE_PROVIDER: 'vydra' },
      apiKey: 'k',
      baseURL: 'http://127.0.0.1:9/api/v1',
    });
    expect(resolved.providers.vydra).toMatchObject({ apiKey: 'k', baseURL: 'http://127.0.0.1:9/api/v1' });
    expect(resolved.providers.xai.apiKey).toBeUndefined();
  });

  it('merges per-provider sections: explicit fields over file fields, price overrides entry by entry', () => {
    const resolved = resolveConfig(
      {
        env: {},
        providers: { vydra: { usdPerCredit: '0.01', prices: { 'video-request': { credits: 120 } } } },
      },
      file({ providers: { vydra: { timeoutMs: 5000, prices: { 'image-request': { credits: 9 } } } } }),
    );
    expect(resolved.providers.vydra).toMatchObject({
      usdPerCredit: '0.01',
      timeoutMs: 5000,
      prices: { 'video-request': { credits: 120 }, 'image-request': { credits: 9 } },
    });
  });

  it('orders fallbacks after the provider, or uses the list as the whole order when no provider is set', () => {
    expect(resolveConfig({ env: {}, provider: 'vydra', fallback: ['pixazo', 'vydra', 'xai'] }).order).toEqual(
      ['vydra', 'pixazo', 'xai'],
    );
    const unset = resolveConfig({ env: {}, fallback: ['pixazo', 'xai'] });
    expect(unset.provider).toBe('pixazo');
    expect(unset.order).toEqual(['pixazo', 'xai']);
  });
});

describe('resolveConfig validation', () => {
  it('names the variable when an env base URL is not an absolute http(s) URL', () => {
    const bad = () => resolveConfig({ env: { VYDRA_BASE_URL: 'localhost:8787' } });
    expect(bad).toThrow(ValidationError);
    expect(bad).toThrow(
      'VYDRA_BASE_URL="localhost:8787" is not an absolute http(s) URL (e.g. https://api.example.com/v1).',
    );
  });

  it('lists the known providers for an unknown one, naming where it came from', () => {
    expect(() => resolveConfig({ env: {}, provider: 'openai' as never })).toThrow(
      'Invalid grok-imagine config (createImagine options): provider: unknown provider "openai"; known providers: xai, pixazo, vydra.',
    );
    const fromEnv = () => resolveConfig({ env: { GROK_IMAGINE_PROVIDER: 'fal' } });
    expect(fromEnv).toThrow(ValidationError);
    expect(fromEnv).toThrow(
      'GROK_IMAGINE_PROVIDER="fal" names an unknown provider; known providers: xai, pixazo, vydra.',
    );
    expect(() => resolveConfig({ env: {} }, file({ fallback: ['xai', 'midjourney'] }))).toThrow(
      'Invalid grok-imagine config (team/grok-imagine.config.json): fallback.1: unknown provider "midjourney"',
    );
  });

  it('rejects a misspelt setting instead of ignoring it', () => {
    const error = (() => {
      try {
        resolveConfig({ env: {}, providers: { xia: {} } as never });
      } catch (caught) {
        return caught as ValidationError;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error?.message).toBe(
      'Invalid grok-imagine config (createImagine options): providers.xia: is not a known setting.',
    );
    expect(error?.field).toBe('providers.xia');
  });

  it('never copies an invalid apiKey into the error', () => {
    try {
      resolveConfig({ env: {}, providers: { xai: { apiKey: 12345678 as never } } });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).field).toBe('providers.xai.apiKey');
      expect(JSON.stringify(error)).not.toContain('12345678');
    }
  });

  it('checks budget amounts and types of nested settings', () => {
    expect(() => resolveConfig({ env: {}, budget: { maxUsdPerCall: 'five' } })).toThrow(
      'budget.maxUsdPerCall: must be a dollar amount like 0.50 or "0.50"',
    );
    expect(() => resolveConfig({ env: {}, providers: { xai: { timeoutMs: -1 } } })).toThrow(
      'providers.xai.timeoutMs: must be a number of milliseconds',
    );
  });
});

describe('missingApiKeyError', () => {
  it('names the env var to set and carries code missing_api_key', () => {
    const error = missingApiKeyError('pixazo');
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.code).toBe('missing_api_key');
    expect(error.provider).toBe('pixazo');
    expect(error.message).toBe(
      'No API key for pixazo: set the PIXAZO_API_KEY environment variable or pass providers.pixazo.apiKey.',
    );
  });
});
