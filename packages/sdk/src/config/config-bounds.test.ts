import { ValidationError } from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import type { GrokImagineConfig } from './grok-imagine-config.ts';
import { resolveConfig } from './resolve-config.ts';

/** Sets `value` at the dotted `path` of an otherwise empty config. */
function configWith(path: string, value: unknown): GrokImagineConfig {
  const root: Record<string, unknown> = { env: {} };
  const keys = path.split('.');
  let at = root;
  for (const key of keys.slice(0, -1)) {
    at[key] = at[key] ?? {};
    at = at[key] as Record<string, unknown>;
  }
  at[keys.at(-1)!] = value;
  return root as GrokImagineConfig;
}

function refusal(config: GrokImagineConfig): ValidationError {
  try {
    resolveConfig(config);
  } catch (error) {
    if (ValidationError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

const MS = 'a number of milliseconds from';

/** Every bounded numeric setting: values it refuses, values at its edges it takes, and what it allows. */
const BOUNDS: [path: string, bad: unknown[], good: unknown[], allowed: string][] = [
  [
    'providers.vydra.timeoutMs',
    [0, -1, 3_600_001, Infinity, NaN, '100'],
    [1, 3_600_000],
    `${MS} 1 to 3600000`,
  ],
  ['providers.xai.timeoutMs', [Number.MAX_VALUE, -Infinity], [200], `${MS} 1 to 3600000`],
  [
    'providers.pixazo.retry.retries',
    [-1, 1.5, 21, Infinity],
    [0, 20],
    'a whole number of retries from 0 to 20',
  ],
  ['providers.xai.retry.minDelayMs', [-1, Infinity, NaN], [0, 3_600_000], `${MS} 0 to 3600000`],
  ['providers.xai.retry.maxDelayMs', [3_600_001, Infinity], [8_000], `${MS} 0 to 3600000`],
  ['providers.vydra.retry.maxRetryAfterMs', [Infinity], [60_000], `${MS} 0 to 3600000`],
  ['poll.initialIntervalMs', [-1, Infinity, NaN, 3_600_001], [0, 10], `${MS} 0 to 3600000`],
  ['poll.maxIntervalMs', [Infinity], [0, 3_600_000], `${MS} 0 to 3600000`],
  ['poll.factor', [0.5, Infinity, 11], [1, 2], 'a growth factor from 1 to 10'],
  ['poll.jitter', [-0.1, 1.1, NaN], [0, 1], 'a jitter fraction from 0 to 1'],
  ['waitTimeoutMs', [0, Infinity, 86_400_001], [1, 86_400_000], `${MS} 1 to 86400000`],
  ['download.timeoutMs', [Infinity, 0], [86_400_000], `${MS} 1 to 86400000`],
  ['maxConcurrentJobs', [0, -1, 1.5, Infinity], [1, 10_000, false], 'a whole number of jobs from 1 to 10000'],
  [
    'maxSettledEntries',
    [-1, 1.5, Infinity, 10_000_001],
    [0, 10_000_000],
    'a whole number of entries from 0 to 10000000',
  ],
  [
    'budget.maxUsdPerCall',
    [-1, Infinity, NaN, '-1', '1e3'],
    [0, 0.5, '0.50'],
    'a dollar amount like 0.50 or "0.50"',
  ],
  ['budget.maxUsdTotal', [Infinity, -0.01], [1_000], 'a dollar amount like 0.50 or "0.50"'],
  ['providers.vydra.usdPerCredit', [Infinity, -1], ['0.001', 0.01], 'a dollar amount like 0.50 or "0.50"'],
  [
    'providers.vydra.prices.video-second.credits',
    [Infinity, -1],
    [0, 10],
    'a finite, non-negative number of credits',
  ],
  ['providers.xai.limits', [[{ key: 'image', limit: Infinity, intervalMs: 1000 }]], [false], ''],
];

describe('config bounds: every numeric setting is finite and within a sane range', () => {
  describe.each(BOUNDS)('%s', (path, bad, good, allowed) => {
    it.each(bad.map((value) => [String(value), value]))(
      'refuses %s, naming the setting and what it allows',
      (_shown, value) => {
        const error = refusal(configWith(path, value));
        expect(error.field.startsWith(path.split('.').slice(0, 3).join('.'))).toBe(true);
        expect(error.message).toContain(
          `Invalid grok-imagine config (createImagine options): ${error.field}: must be`,
        );
        if (allowed) expect(error.allowed).toBe(allowed);
        expect(error.accepted).toBeUndefined();
      },
    );

    it.each(good.map((value) => [String(value), value]))('takes %s', (_shown, value) => {
      expect(() => resolveConfig(configWith(path, value))).not.toThrow();
    });
  });

  it('the field is the full path of the setting', () => {
    expect(refusal(configWith('providers.vydra.timeoutMs', Infinity))).toMatchObject({
      field: 'providers.vydra.timeoutMs',
      value: Infinity,
      allowed: 'a number of milliseconds from 1 to 3600000',
    });
    expect(
      refusal(configWith('providers.xai.limits', [{ key: 'image', limit: 5, intervalMs: Infinity }])).field,
    ).toBe('providers.xai.limits.0.intervalMs');
  });

  it('a key pasted into a numeric setting is not echoed', () => {
    const key = 'xai-Secret0123456789abcdefXYZ';
    const error = refusal({
      ...configWith('providers.xai.timeoutMs', key),
      providers: { xai: { apiKey: key, timeoutMs: key as never } },
    });
    expect(error.field).toBe('providers.xai.timeoutMs');
    expect(error.value).toBe('[redacted]');
    expect(JSON.stringify(error)).not.toContain(key);
    expect(error.message).not.toContain(key);
  });

  it('a key inside a refused list or object is not echoed either', () => {
    const key = 'vydra-Secret0123456789abcdefXYZ';
    const error = refusal({
      env: { VYDRA_API_KEY: key },
      providers: { xai: { limits: [{ key: 'image', limit: 1, intervalMs: `${key}\r\n` as never }] } },
    });
    expect(error.field).toBe('providers.xai.limits');
    expect(error.value).toBe('[redacted]');
    expect(JSON.stringify(error)).not.toContain(key);
  });

  it('credentials written into a URL are not echoed, even when no key is configured', () => {
    const error = refusal({ env: {}, provider: 'https://me:hunter2-pass@api.example' as never });
    expect(error.value).toBe('[redacted]');
    expect(`${error.message} ${JSON.stringify(error)}`).not.toContain('hunter2');
  });
});
