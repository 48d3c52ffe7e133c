import { inspect } from 'node:util';
import { ValidationError } from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import { looksLikeSecret } from './config-secrets.ts';
import { resolveConfig } from './resolve-config.ts';

const KEY = 'xai-CANARYk3y0000sEcReT1234567890';

function refusal(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

function expectNoKey(error: ValidationError, key = KEY): void {
  for (const text of [
    error.message,
    error.stack ?? '',
    JSON.stringify(error),
    inspect(error, { depth: Infinity }),
  ])
    expect(text).not.toContain(key);
}

describe('config errors never echo a key', () => {
  it('hides a known key pasted into baseURL', () => {
    const error = refusal(() => resolveConfig({ env: {}, apiKey: KEY, baseURL: KEY }));
    expect(error).toMatchObject({ field: 'baseURL', value: '[redacted]' });
    expect(error.message).toBe(
      'Invalid grok-imagine config (createImagine options): baseURL: must be an absolute URL.',
    );
    expectNoKey(error);
  });

  it('hides a key from the environment pasted into usdPerCredit, in the file layer', () => {
    const error = refusal(() =>
      resolveConfig(
        { env: { VYDRA_API_KEY: KEY } },
        { config: { providers: { vydra: { usdPerCredit: `${KEY} ` } } }, source: 'grok-imagine.config.json' },
      ),
    );
    expect(error).toMatchObject({ field: 'providers.vydra.usdPerCredit', value: '[redacted]' });
    expectNoKey(error);
  });

  it('hides a value that looks like a key even when no layer names it', () => {
    const error = refusal(() => resolveConfig({ env: {}, providers: { pixazo: { baseURL: KEY } } }));
    expect(error.value).toBe('[redacted]');
    expectNoKey(error);
  });

  it('hides a key given as the provider, in config and in GROK_IMAGINE_PROVIDER', () => {
    const inConfig = refusal(() => resolveConfig({ env: {}, apiKey: KEY, provider: KEY as 'xai' }));
    expect(inConfig.message).toContain('provider: unknown provider "[redacted]"');
    expectNoKey(inConfig);
    const inEnv = refusal(() => resolveConfig({ env: { GROK_IMAGINE_PROVIDER: KEY } }));
    expect(inEnv.message).toBe(
      'GROK_IMAGINE_PROVIDER=[redacted] names an unknown provider; known providers: xai, pixazo, vydra.',
    );
    expectNoKey(inEnv);
  });

  it('still shows ordinary wrong values, which help to fix them', () => {
    const error = refusal(() => resolveConfig({ env: {}, baseURL: 'api.x.ai/v1' }));
    expect(error.value).toBe('api.x.ai/v1');
    expect(refusal(() => resolveConfig({ env: { GROK_IMAGINE_PROVIDER: 'grok' } })).value).toBe('grok');
  });
});

describe('keys with control characters', () => {
  it.each(['\n', '\r\n', '\u0000', '\u0007'])(
    'refuses a configured key containing %j without echoing it',
    (bad) => {
      const key = `${KEY.slice(0, 10)}${bad}${KEY.slice(10)}`;
      const error = refusal(() => resolveConfig({ env: {}, providers: { xai: { apiKey: key } } }));
      expect(error).toMatchObject({ field: 'providers.xai.apiKey', value: '[redacted]' });
      expect(error.message).toContain('must not contain control characters');
      expectNoKey(error, KEY.slice(0, 10));
      expectNoKey(error, KEY.slice(10));
    },
  );

  it('refuses such a key from the environment, naming the variable', () => {
    const key = `${KEY.slice(0, 10)}\r\nX-Injected: 1`;
    const error = refusal(() => resolveConfig({ env: { PIXAZO_API_KEY: key } }));
    expect(error).toMatchObject({
      field: 'providers.pixazo.apiKey',
      value: '[redacted]',
      code: 'invalid_api_key',
    });
    expect(error.message).toBe(
      'The pixazo API key (providers.pixazo.apiKey or PIXAZO_API_KEY) contains control characters (CR, LF, NUL, …); a stray line break when pasting is the usual cause. It is not shown here.',
    );
    expectNoKey(error, KEY.slice(0, 10));
  });

  it('accepts a key whose only line break is a trailing one (read from a file), as it is trimmed', () => {
    expect(resolveConfig({ env: { XAI_API_KEY: `${KEY}\n` } }).providers.xai.apiKey).toBe(`${KEY}\n`);
  });
});

describe('looksLikeSecret', () => {
  it('recognises token shapes, not URLs, amounts or names', () => {
    expect(looksLikeSecret(KEY)).toBe(true);
    expect(looksLikeSecret('0123456789abcdef0123456789abcdef')).toBe(true);
    for (const value of ['https://api.x.ai/v1', '0.01', 'pixazo', 'grok-imagine-video', './grok.json'])
      expect(looksLikeSecret(value)).toBe(false);
  });
});
