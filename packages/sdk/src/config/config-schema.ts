import { PROVIDER_IDS } from '@grok-imagine/core';
import { DEFAULT_XAI_MODELS } from '@grok-imagine/xai';
import * as v from '@grok-imagine/core/valibot';
import {
  finiteIn,
  MAX_REQUEST_MS,
  MAX_RETRIES,
  MAX_WAIT_MS,
  millisecondsIn,
  nonNegative,
  wholeNumberIn,
} from './config-bounds.ts';
import { hasControlCharacters } from './config-secrets.ts';

const known = PROVIDER_IDS.join(', ');

// An unknown key is most often a typo: say so instead of valibot's "Expected never".
function strict<T extends v.ObjectEntries>(entries: T) {
  return v.strictObject(entries, (issue) =>
    issue.expected === 'never'
      ? 'is not a known setting'
      : `must be ${issue.expected === 'Object' || !issue.expected ? 'an object' : issue.expected}`,
  );
}

const providerId = v.picklist(
  PROVIDER_IDS,
  (issue) => `unknown provider ${issue.received}; known providers: ${known}`,
);
const boundedMs = millisecondsIn(1, MAX_WAIT_MS);
const byteCount = v.pipe(
  v.number('must be a whole number of bytes above 0'),
  v.safeInteger('must be a whole number of bytes above 0'),
  v.minValue(1, 'must be a whole number of bytes above 0'),
);
const usdMessage = 'must be a dollar amount like 0.50 or "0.50"';
const usdAmount = v.union(
  [
    v.pipe(v.number(usdMessage), v.finite(usdMessage), v.minValue(0, usdMessage)),
    v.pipe(v.string(usdMessage), v.regex(/^\s*\d+(\.\d{1,10})?\s*$/, usdMessage)),
  ],
  usdMessage,
);
const fn = <T>(label: string) => v.custom<T>((value) => typeof value === 'function', `must be ${label}`);
const objectWith = <T>(label: string, keys: readonly string[]) =>
  v.custom<T>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      keys.every((key) => typeof (value as Record<string, unknown>)[key] === 'function'),
    `must be ${label}`,
  );

const rateLimitRule = strict({
  key: v.string('must be a string'),
  limit: wholeNumberIn(1, 1_000_000, 'requests'),
  intervalMs: millisecondsIn(1, MAX_WAIT_MS),
});
const priceOverride = strict({
  usd: v.optional(usdAmount),
  credits: v.optional(nonNegative('credits')),
  source: v.optional(v.string()),
  asOf: v.optional(v.string()),
});
// A header value cannot hold CR, LF or NUL; a key with them would split or end the request line.
const headerSafe = v.check(
  (value: string) => !hasControlCharacters(value),
  'must not contain control characters (CR, LF, NUL, …)',
);
const commonProviderEntries = {
  apiKey: v.optional(v.pipe(v.string('must be a string'), v.minLength(1, 'must not be empty'), headerSafe)),
  baseURL: v.optional(v.pipe(v.string('must be a string'), v.url('must be an absolute URL'))),
  timeoutMs: v.optional(millisecondsIn(1, MAX_REQUEST_MS)),
  retry: v.optional(
    strict({
      retries: v.optional(wholeNumberIn(0, MAX_RETRIES, 'retries')),
      minDelayMs: v.optional(millisecondsIn(0, MAX_REQUEST_MS)),
      maxDelayMs: v.optional(millisecondsIn(0, MAX_REQUEST_MS)),
      maxRetryAfterMs: v.optional(millisecondsIn(0, MAX_REQUEST_MS)),
    }),
  ),
  limits: v.optional(v.union([v.array(rateLimitRule), v.literal(false)], 'must be a list of rules or false')),
  headers: v.optional(v.record(v.string(), v.pipe(v.string('must be a string'), headerSafe))),
  prices: v.optional(v.record(v.string(), priceOverride)),
  maxConcurrentJobs: v.optional(
    v.union(
      [v.literal(false), wholeNumberIn(1, 10_000, 'jobs')],
      'must be a whole number of jobs from 1 to 10000, or false',
    ),
  ),
};
const xaiModels = strict(
  Object.fromEntries(
    Object.keys(DEFAULT_XAI_MODELS).map((slot) => [
      slot,
      v.optional(v.pipe(v.string('must be a model id'), v.minLength(1))),
    ]),
  ),
);
const uploadMedia = v.optional(fn('a function (media) => Promise<url>'));

/**
 * Schema of `GrokImagineConfig`, used for the object given to `createImagine`/`compare` and for the
 * JSON config file. Unknown keys are errors, so a typo never silently falls back to a default.
 */
export const GrokImagineConfigSchema = strict({
  provider: v.optional(providerId),
  apiKey: commonProviderEntries.apiKey,
  baseURL: commonProviderEntries.baseURL,
  strict: v.optional(v.boolean('must be true or false')),
  fallback: v.optional(v.array(providerId, 'must be a list of providers')),
  budget: v.optional(
    strict({
      maxUsdPerCall: v.optional(usdAmount),
      maxUsdTotal: v.optional(usdAmount),
      allowUnknown: v.optional(v.boolean('must be true or false')),
    }),
  ),
  providers: v.optional(
    strict({
      xai: v.optional(strict({ ...commonProviderEntries, models: v.optional(xaiModels) })),
      pixazo: v.optional(strict({ ...commonProviderEntries, uploadMedia })),
      vydra: v.optional(
        strict({
          ...commonProviderEntries,
          uploadMedia,
          usdPerCredit: v.optional(usdAmount),
        }),
      ),
    }),
  ),
  store: v.optional(objectWith('a ledger store with load() and append()', ['load', 'append'])),
  maxConcurrentJobs: v.optional(
    v.union(
      [v.literal(false), wholeNumberIn(1, 10_000, 'jobs')],
      'must be a whole number of jobs from 1 to 10000, or false',
    ),
  ),
  maxSettledEntries: v.optional(wholeNumberIn(0, 10_000_000, 'entries')),
  journal: v.optional(strict({ file: v.pipe(v.string('must be a file path'), v.minLength(1)) })),
  clock: v.optional(objectWith('a clock with now() and sleep()', ['now', 'sleep'])),
  fetch: v.optional(fn('a fetch function')),
  logger: v.optional(v.custom((value) => typeof value === 'object' && value !== null, 'must be a logger')),
  poll: v.optional(
    strict({
      initialIntervalMs: v.optional(millisecondsIn(0, MAX_REQUEST_MS)),
      maxIntervalMs: v.optional(millisecondsIn(0, MAX_REQUEST_MS)),
      factor: v.optional(finiteIn(1, 10, 'a growth factor')),
      jitter: v.optional(finiteIn(0, 1, 'a jitter fraction')),
    }),
  ),
  waitTimeoutMs: v.optional(millisecondsIn(1, MAX_WAIT_MS)),
  download: v.optional(
    strict({
      stallTimeoutMs: v.optional(boundedMs),
      timeoutMs: v.optional(boundedMs),
      maxImageBytes: v.optional(byteCount),
      maxVideoBytes: v.optional(byteCount),
      allowPrivateHosts: v.optional(v.boolean('must be true or false')),
    }),
  ),
  env: v.optional(v.record(v.string(), v.optional(v.string()))),
});
