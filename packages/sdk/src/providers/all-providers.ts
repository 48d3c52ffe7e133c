import { pixazoProvider } from './pixazo-module.ts';
import type { ProviderModules } from './provider-module.ts';
import { vydraProvider } from './vydra-module.ts';
import { xaiProvider } from './xai-module.ts';

/** Every provider: what the main entry picks from by config. */
export const ALL_PROVIDERS: ProviderModules = Object.freeze({
  xai: xaiProvider,
  pixazo: pixazoProvider,
  vydra: vydraProvider,
});
