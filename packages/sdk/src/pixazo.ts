import type { GrokImagineConfig } from './config/grok-imagine-config.ts';
import { createImagineWith } from './imagine/create-imagine-with.ts';
import type { Imagine } from './imagine/imagine-types.ts';
import { pixazoProvider } from './providers/pixazo-module.ts';

export * from './public-api.ts';
export { createImagineWith } from './imagine/create-imagine-with.ts';
export type { ProviderModule, ProviderModules } from './providers/provider-module.ts';
export { pixazoProvider } from './providers/pixazo-module.ts';

/**
 * `createImagine` for the Pixazo gateway only (`@grok-imagine/sdk/pixazo`): the same API and configuration as
 * the main entry's, with the provider fixed to `pixazo` and no other adapter in the bundle. Naming
 * another provider (in `provider`, `fallback` or `GROK_IMAGINE_PROVIDER` overridden here) is a
 * `ValidationError`; use `@grok-imagine/sdk` to pick providers by config.
 */
export function createImagine(config: GrokImagineConfig = {}): Imagine {
  return createImagineWith({ pixazo: pixazoProvider }, { ...config, provider: config.provider ?? 'pixazo' });
}
