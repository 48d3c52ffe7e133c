import type { GrokImagineConfig } from './config/grok-imagine-config.ts';
import { createImagineWith } from './imagine/create-imagine-with.ts';
import type { Imagine } from './imagine/imagine-types.ts';
import { vydraProvider } from './providers/vydra-module.ts';

export * from './public-api.ts';
export { createImagineWith } from './imagine/create-imagine-with.ts';
export type { ProviderModule, ProviderModules } from './providers/provider-module.ts';
export { vydraProvider } from './providers/vydra-module.ts';

/**
 * `createImagine` for Vydra only (`@grok-imagine/sdk/vydra`): the same API and configuration as
 * the main entry's, with the provider fixed to `vydra` and no other adapter in the bundle. Naming
 * another provider (in `provider`, `fallback` or `GROK_IMAGINE_PROVIDER` overridden here) is a
 * `ValidationError`; use `@grok-imagine/sdk` to pick providers by config.
 */
export function createImagine(config: GrokImagineConfig = {}): Imagine {
  return createImagineWith({ vydra: vydraProvider }, { ...config, provider: config.provider ?? 'vydra' });
}
