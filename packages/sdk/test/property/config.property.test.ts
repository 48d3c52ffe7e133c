import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createImagine, type GrokImagineConfig, GrokImagineError, ValidationError } from '../../src/index.ts';
import { SEED } from './property-checks.ts';

/** A key that must never show in an error; the generator pastes it into settings where it does not belong. */
const KEY = 'xai-Canary0123456789abcdefKEY';

/** The top-level settings of `GrokImagineConfig`; a refusal names one of them (or `config`). */
const ROOTS = [
  'config',
  'provider',
  'apiKey',
  'baseURL',
  'strict',
  'fallback',
  'budget',
  'providers',
  'store',
  'maxConcurrentJobs',
  'journal',
  'clock',
  'fetch',
  'logger',
  'poll',
  'waitTimeoutMs',
  'download',
  'env',
  'colour',
];

const anyValue = fc.oneof(
  fc.constantFrom(undefined, null, true, 0, -1, 1, 1.5, 250, 1e12, Number.NaN, Number.POSITIVE_INFINITY),
  fc.constantFrom(
    '',
    'x',
    '0.50',
    '-1',
    'nope',
    KEY,
    `https://user:${KEY}@api.example`,
    'http://127.0.0.1:9/v1',
    'a\nb',
  ),
  fc.constantFrom(`${KEY}\r\n`, 'not a url', `https://api.example/${KEY}`),
  fc.constant({}),
  fc.constant([]),
  fc.constant(() => undefined),
);
/** Usually a sane value, sometimes anything at all: most configs then break one setting, not all. */
const usually = <T>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 12 }, anyValue);
const number = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 5_000 }), weight: 40 },
  fc.integer({ min: -10, max: 100_000_000 }),
  fc.double(),
  anyValue,
);

const section = fc.record(
  {
    apiKey: usually(fc.constantFrom(KEY, 'short-key')),
    baseURL: usually(fc.constant('https://api.example/v1')),
    timeoutMs: number,
    retry: fc.record(
      {
        retries: fc.oneof(fc.integer({ min: 0, max: 5 }), number),
        minDelayMs: number,
        maxDelayMs: number,
        maxRetryAfterMs: number,
      },
      { requiredKeys: [] },
    ),
    limits: usually(
      fc.oneof(
        fc.constant(false as const),
        fc.array(fc.record({ key: fc.constant('image'), limit: number, intervalMs: number }), {
          maxLength: 2,
        }),
      ),
    ),
    headers: usually(fc.dictionary(fc.constantFrom('x-a', 'x-b'), usually(fc.constant(KEY)))),
  },
  { requiredKeys: [] },
);
const vydraSection = fc
  .tuple(section, fc.option(usually(fc.oneof(fc.constantFrom('0.001', 0.01), number)), { nil: undefined }))
  .map(([common, usdPerCredit]) => (usdPerCredit === undefined ? common : { ...common, usdPerCredit }));

/** Configurations, valid and not: every setting missing, in range, out of range or of the wrong type. */
const configArbitrary = fc.record(
  {
    provider: usually(fc.constantFrom('xai', 'pixazo', 'vydra')),
    apiKey: usually(fc.constant(KEY)),
    fallback: usually(fc.array(usually(fc.constantFrom('xai', 'vydra')), { maxLength: 2 })),
    budget: usually(
      fc.record(
        { maxUsdPerCall: number, maxUsdTotal: number, allowUnknown: usually(fc.boolean()) },
        { requiredKeys: [] },
      ),
    ),
    providers: usually(
      fc.record({ xai: section, pixazo: section, vydra: vydraSection }, { requiredKeys: [] }),
    ),
    maxConcurrentJobs: usually(fc.oneof(fc.constant(false as const), number)),
    poll: usually(
      fc.record(
        {
          initialIntervalMs: number,
          maxIntervalMs: number,
          factor: usually(fc.constantFrom(1, 1.5, 2)),
          jitter: usually(fc.constantFrom(0, 0.5, 1)),
        },
        { requiredKeys: [] },
      ),
    ),
    waitTimeoutMs: number,
    download: usually(
      fc.record({ stallTimeoutMs: number, timeoutMs: number, maxVideoBytes: number }, { requiredKeys: [] }),
    ),
  },
  { requiredKeys: [] },
);

/** The config with the key in its environment (so the SDK knows it), and now and then an unknown setting (`colour`). */
const withEnv = fc
  .tuple(configArbitrary, fc.integer({ min: 0, max: 19 }), anyValue)
  .map(
    ([config, dice, colour]) =>
      ({ ...config, env: { XAI_API_KEY: KEY }, ...(dice === 0 ? { colour } : {}) }) as GrokImagineConfig,
  );

describe('createImagine over arbitrary configs', () => {
  it('takes a config or refuses it with a ValidationError naming the setting, never showing the key', () => {
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(withEnv, (config) => {
        let imagine: ReturnType<typeof createImagine>;
        try {
          imagine = createImagine(config);
        } catch (error) {
          seen.refused++;
          expect(GrokImagineError.isInstance(error), `not an SDK error: ${String(error)}`).toBe(true);
          expect(ValidationError.isInstance(error)).toBe(true);
          const refusal = error as ValidationError;
          expect(refusal.field.length).toBeGreaterThan(0);
          expect(ROOTS).toContain(refusal.field.split('.', 1)[0]);
          const rendered = `${refusal.message} ${JSON.stringify(refusal)} ${inspect(refusal.value)} ${inspect(refusal)}`;
          expect(rendered).not.toContain(KEY);
          expect(refusal.accepted).toBeUndefined();
          return;
        }
        seen.accepted++;
        // An accepted config quotes a plain request exactly, or refuses it typed.
        try {
          const quote = imagine.quote({ type: 'text-to-video', prompt: 'a red fox', duration: 6 });
          if (quote.usdTicks !== undefined) expect(Number.isSafeInteger(quote.usdTicks)).toBe(true);
        } catch (error) {
          expect(GrokImagineError.isInstance(error)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
    console.info(`config property: ${seen.accepted} accepted, ${seen.refused} refused`);
    expect(seen.accepted).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(100);
  });
});
