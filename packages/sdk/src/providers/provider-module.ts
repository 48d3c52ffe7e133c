import type { Clock, Logger, ProviderAdapter, ProviderId } from '@grok-imagine/core';
import type { Env } from '../config/read-env.ts';
import type { ResolvedProviderSettings } from '../config/resolve-config.ts';

/** What every adapter of one `createImagine` instance shares. */
export interface SharedTransport {
  clock?: Clock | undefined;
  fetch?: typeof fetch | undefined;
  logger?: Logger | undefined;
  env: Env;
}

/**
 * One provider as the sdk loads it: its id and how to build its adapter from merged settings.
 * Each lives in its own module and entry (`@grok-imagine/sdk/xai`, …), so a bundler leaves out the
 * providers a program never names.
 */
export interface ProviderModule {
  readonly id: ProviderId;
  /** Builds the adapter; sends nothing and needs no key, so `quote` works offline. */
  createAdapter(settings: ResolvedProviderSettings, shared: SharedTransport): ProviderAdapter;
}

/** The providers one `createImagine` can use, by id. */
export type ProviderModules = Partial<Record<ProviderId, ProviderModule>>;

/** Settings every adapter takes, without the ones only the sdk or one provider reads. */
export function commonSettings(settings: ResolvedProviderSettings, shared: SharedTransport) {
  // The concurrent-job limit is the client's business (core), not the adapter's.
  const { usdPerCredit, uploadMedia, models, maxConcurrentJobs: _slots, ...common } = settings;
  return {
    extra: { usdPerCredit, uploadMedia, models },
    base: { ...common, clock: shared.clock, fetch: shared.fetch, logger: shared.logger, env: shared.env },
  };
}
