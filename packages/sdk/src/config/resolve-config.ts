import {
  type Clock,
  type LedgerStore,
  isProviderId,
  type Logger,
  type PollOptions,
  PROVIDER_IDS,
  type ProviderId,
  ValidationError,
} from '@grok-imagine/core';
import { API_KEY_ENV, PROVIDER_ENV } from './api-key-env.ts';
import { baseURLFromEnv } from './base-url-env.ts';
import type {
  BudgetConfig,
  GrokImagineConfig,
  PixazoSettings,
  VydraSettings,
  XaiSettings,
} from './grok-imagine-config.ts';
import { type Env, readProcessEnv } from './read-env.ts';
import { collectConfigSecrets, hasControlCharacters, isSecretValue } from './config-secrets.ts';
import { validateConfig } from './validate-config.ts';
import type { DownloadSettings } from './download-settings.ts';

/** Every setting one provider can have, after the layers are merged. */
export type ResolvedProviderSettings = XaiSettings & PixazoSettings & VydraSettings;

/** A configuration read from a file: its content and a name for error messages. */
export interface ConfigFileLayer {
  /** The parsed JSON. */
  config: unknown;
  /** The file's path as the user gave it. */
  source: string;
}

/** The configuration in force, every layer merged. */
export interface ResolvedConfig {
  /** Provider that runs submissions first. */
  provider: ProviderId;
  /** Submission order: `provider`, then the fallbacks, without repeats. */
  order: ProviderId[];
  strict: boolean;
  budget: BudgetConfig | undefined;
  providers: Record<ProviderId, ResolvedProviderSettings>;
  store: LedgerStore | undefined;
  maxConcurrentJobs: number | false | undefined;
  journalFile: string | undefined;
  maxSettledEntries: number | undefined;
  clock: Clock | undefined;
  fetch: typeof fetch | undefined;
  logger: Logger | undefined;
  poll: PollOptions | undefined;
  waitTimeoutMs: number | undefined;
  /** Download settings, the object's fields over the file's. */
  download: DownloadSettings;
  env: Env;
}

function providerFromEnv(env: Env, secrets: readonly string[]): ProviderId | undefined {
  const value = env[PROVIDER_ENV]?.trim();
  if (!value) return undefined;
  if (isProviderId(value)) return value;
  const secret = isSecretValue(value, secrets);
  throw new ValidationError(
    `${PROVIDER_ENV}=${secret ? '[redacted]' : `"${value}"`} names an unknown provider; known providers: ${PROVIDER_IDS.join(', ')}.`,
    { field: 'provider', value: secret ? '[redacted]' : value, allowed: PROVIDER_IDS },
  );
}

// Checked after the layers merge, so a key from the environment is checked like one from config.
function checkKeyCharacters(provider: ProviderId, apiKey: string | undefined): void {
  if (apiKey === undefined || !hasControlCharacters(apiKey)) return;
  throw new ValidationError(
    `The ${provider} API key (providers.${provider}.apiKey or ${API_KEY_ENV[provider]}) contains control characters (CR, LF, NUL, …); a stray line break when pasting is the usual cause. It is not shown here.`,
    { provider, field: `providers.${provider}.apiKey`, value: '[redacted]', code: 'invalid_api_key' },
  );
}

function rawEnv(input: unknown): Env {
  const env = (input as { env?: unknown } | null)?.env;
  return typeof env === 'object' && env !== null ? (env as Env) : readProcessEnv();
}

function nonEmpty(value: string | undefined): string | undefined {
  return value?.trim() ? value : undefined;
}

/**
 * Merges the configuration layers. Precedence, highest first: the explicit object, the environment
 * (`GROK_IMAGINE_PROVIDER`, `XAI_API_KEY`, `PIXAZO_API_KEY`, `VYDRA_API_KEY`, `XAI_BASE_URL`,
 * `PIXAZO_BASE_URL`, `VYDRA_BASE_URL`), the config file, the defaults (provider `xai`, no fallback). Validation errors name the layer they come from.
 */
export function resolveConfig(explicitInput: GrokImagineConfig = {}, file?: ConfigFileLayer): ResolvedConfig {
  // Keys from every layer, read before validation so no error about any setting can echo one.
  const secrets = collectConfigSecrets([explicitInput, file?.config], rawEnv(explicitInput));
  const explicit = validateConfig(explicitInput, 'createImagine options', secrets);
  const fromFile: GrokImagineConfig = file ? validateConfig(file.config, file.source, secrets) : {};
  const env = explicit.env ?? readProcessEnv();
  const fallback = explicit.fallback ?? fromFile.fallback ?? [];
  const provider =
    explicit.provider ?? providerFromEnv(env, secrets) ?? fromFile.provider ?? fallback[0] ?? 'xai';
  const order = [...new Set<ProviderId>([provider, ...fallback])];

  const providers = {} as Record<ProviderId, ResolvedProviderSettings>;
  for (const id of PROVIDER_IDS) {
    const fileSection: ResolvedProviderSettings = fromFile.providers?.[id] ?? {};
    const explicitSection: ResolvedProviderSettings = explicit.providers?.[id] ?? {};
    const shorthand = (layer: GrokImagineConfig) =>
      id === provider ? { apiKey: layer.apiKey, baseURL: layer.baseURL } : {};
    const merged: ResolvedProviderSettings = { ...fileSection, ...explicitSection };
    merged.prices = { ...fileSection.prices, ...explicitSection.prices };
    merged.baseURL =
      explicitSection.baseURL ??
      shorthand(explicit).baseURL ??
      baseURLFromEnv(env, id) ??
      fileSection.baseURL ??
      shorthand(fromFile).baseURL;
    merged.apiKey =
      explicitSection.apiKey ??
      shorthand(explicit).apiKey ??
      nonEmpty(env[API_KEY_ENV[id]]) ??
      fileSection.apiKey ??
      shorthand(fromFile).apiKey;
    checkKeyCharacters(id, merged.apiKey);
    providers[id] = merged;
  }

  const budget = explicit.budget || fromFile.budget ? { ...fromFile.budget, ...explicit.budget } : undefined;
  return {
    provider,
    order,
    strict: explicit.strict ?? fromFile.strict ?? false,
    budget,
    providers,
    store: explicit.store,
    maxConcurrentJobs: explicit.maxConcurrentJobs ?? fromFile.maxConcurrentJobs,
    journalFile: explicit.journal?.file ?? fromFile.journal?.file,
    maxSettledEntries: explicit.maxSettledEntries ?? fromFile.maxSettledEntries,
    clock: explicit.clock,
    fetch: explicit.fetch,
    logger: explicit.logger,
    poll: explicit.poll ?? fromFile.poll,
    waitTimeoutMs: explicit.waitTimeoutMs ?? fromFile.waitTimeoutMs,
    download: { ...fromFile.download, ...explicit.download },
    env,
  };
}
