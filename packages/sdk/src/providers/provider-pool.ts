import {
  type ClientOptions,
  createClient,
  type ImagineClient,
  type Ledger,
  type MediaFileReader,
  type ProviderAdapter,
  type ProviderId,
} from '@grok-imagine/core';
import { missingApiKeyError } from '../config/api-key-env.ts';
import type { ResolvedConfig } from '../config/resolve-config.ts';
import { createAdapter } from './create-adapter.ts';
import type { ProviderModules } from './provider-module.ts';

/** One adapter and one core client per provider, each made on first use. */
export interface ProviderPool {
  /** The provider's adapter (no key needed). */
  adapter(provider: ProviderId): ProviderAdapter;
  /** The provider's client, for calls that need no network (`quote`, `prepare`). */
  client(provider: ProviderId): ImagineClient;
  /** The provider's client for a network call: `AuthenticationError` `missing_api_key` when it has no key. */
  connected(provider: ProviderId): ImagineClient;
}

/**
 * Builds the lazy per-provider pool of one `createImagine` instance. Every client writes the one
 * shared ledger and admits submissions through the same `admit` (the budget check).
 */
export function createProviderPool(
  config: ResolvedConfig,
  ledger: Ledger,
  admit: NonNullable<ClientOptions['admit']>,
  readFile: MediaFileReader | undefined,
  modules: ProviderModules,
): ProviderPool {
  const adapters = new Map<ProviderId, ProviderAdapter>();
  const clients = new Map<ProviderId, ImagineClient>();
  const shared = { clock: config.clock, fetch: config.fetch, logger: config.logger, env: config.env };

  const adapter = (provider: ProviderId): ProviderAdapter => {
    let found = adapters.get(provider);
    if (!found) {
      found = createAdapter(provider, config.providers[provider], shared, modules);
      adapters.set(provider, found);
    }
    return found;
  };
  const client = (provider: ProviderId): ImagineClient => {
    let found = clients.get(provider);
    if (!found) {
      found = createClient(adapter(provider), {
        strict: config.strict,
        clock: config.clock,
        logger: config.logger,
        poll: config.poll,
        waitTimeoutMs: config.waitTimeoutMs,
        maxConcurrentJobs: config.providers[provider].maxConcurrentJobs ?? config.maxConcurrentJobs,
        readFile,
        ledger,
        admit,
      });
      clients.set(provider, found);
    }
    return found;
  };
  return {
    adapter,
    client,
    connected(provider) {
      if (!config.providers[provider].apiKey) throw missingApiKeyError(provider);
      return client(provider);
    },
  };
}
