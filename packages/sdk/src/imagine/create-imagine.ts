import type { GrokImagineConfig } from '../config/grok-imagine-config.ts';
import { ALL_PROVIDERS } from '../providers/all-providers.ts';
import { createImagineWith } from './create-imagine-with.ts';
import type { Imagine } from './imagine-types.ts';

/**
 * Creates the SDK's entry object. Configuration comes from `config`, then the environment
 * (`GROK_IMAGINE_PROVIDER`, `XAI_API_KEY`, `PIXAZO_API_KEY`, `VYDRA_API_KEY`), then defaults;
 * nothing is sent and no key is needed until a call goes to the network. This entry is
 * runtime-neutral: config files, `{ path }` media and file journals need `@grok-imagine/sdk/node`.
 */
export function createImagine(config: GrokImagineConfig = {}): Imagine {
  return createImagineWith(ALL_PROVIDERS, config);
}
