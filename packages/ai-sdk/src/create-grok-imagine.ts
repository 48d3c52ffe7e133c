import { createImagine, type GrokImagineConfig } from '@grok-imagine/sdk';
import { buildGrokImagineProvider, type GrokImagineProvider } from './grok-imagine-provider.ts';

/**
 * Creates the AI SDK provider. `config` is exactly `createImagine`'s: the object, then the
 * environment (`GROK_IMAGINE_PROVIDER`, `XAI_API_KEY`, `PIXAZO_API_KEY`, `VYDRA_API_KEY`); the config
 * file is read by the Node entry, `@grok-imagine/ai-sdk/node`. Nothing is sent until a model is called.
 */
export function createGrokImagine(config: GrokImagineConfig = {}): GrokImagineProvider {
  return buildGrokImagineProvider(createImagine(config), config);
}
