import type { Clock, Logger, ProviderAdapter, ProviderId } from '@grok-imagine/core';
import { createPixazoAdapter } from '@grok-imagine/pixazo';
import { createVydraAdapter } from '@grok-imagine/vydra';
import { createXaiAdapter } from '@grok-imagine/xai';
import type { ResolvedProviderSettings } from '../config/resolve-config.ts';
import type { Env } from '../config/read-env.ts';

/** What every adapter of one `createImagine` instance shares. */
export interface SharedTransport {
  clock?: Clock | undefined;
  fetch?: typeof fetch | undefined;
  logger?: Logger | undefined;
  env: Env;
}

/**
 * Builds the adapter for one provider from its merged settings. Constructing an adapter sends
 * nothing and needs no key, so `quote` and `compare` work offline.
 */
export function createAdapter(
  provider: ProviderId,
  settings: ResolvedProviderSettings,
  shared: SharedTransport,
): ProviderAdapter {
  // The concurrent-job limit is the client's business (core), not the adapter's.
  const { usdPerCredit, uploadMedia, models, maxConcurrentJobs: _slots, ...common } = settings;
  const base = {
    ...common,
    clock: shared.clock,
    fetch: shared.fetch,
    logger: shared.logger,
    env: shared.env,
  };
  switch (provider) {
    case 'xai':
      return createXaiAdapter({ ...base, models });
    case 'pixazo':
      return createPixazoAdapter({ ...base, uploadMedia });
    case 'vydra':
      return createVydraAdapter({ ...base, uploadMedia, usdPerCredit });
  }
}
