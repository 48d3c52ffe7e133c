import { type ProviderAdapter, type ProviderId, ValidationError } from '@grok-imagine/core';
import type { ResolvedProviderSettings } from '../config/resolve-config.ts';
import type { ProviderModules, SharedTransport } from './provider-module.ts';

export type { SharedTransport } from './provider-module.ts';

/** The error for a provider this `createImagine` was built without. */
export function providerNotIncluded(provider: ProviderId, modules: ProviderModules): ValidationError {
  const included = Object.keys(modules);
  return new ValidationError(
    `Provider "${provider}" is not included here (this createImagine has ${included.join(', ') || 'none'}). Import createImagine from '@grok-imagine/sdk' to pick any provider by config, or pass ${provider}Provider to createImagineWith.`,
    { provider, field: 'provider', value: provider, allowed: included },
  );
}

/**
 * Builds the adapter for one provider from its merged settings, through the provider modules this
 * `createImagine` was built with. Constructing an adapter sends nothing and needs no key, so
 * `quote` and `compare` work offline.
 */
export function createAdapter(
  provider: ProviderId,
  settings: ResolvedProviderSettings,
  shared: SharedTransport,
  modules: ProviderModules,
): ProviderAdapter {
  const module = modules[provider];
  if (!module) throw providerNotIncluded(provider, modules);
  return module.createAdapter(settings, shared);
}
