import { createImagine, type NodeGrokImagineConfig } from '@grok-imagine/sdk/node';
import { buildGrokImagineProvider, type GrokImagineProvider } from '../grok-imagine-provider.ts';

export * from '../index.ts';
export type { NodeGrokImagineConfig } from '@grok-imagine/sdk/node';

/**
 * `createGrokImagine` for Node: the main entry's, plus the config file layer
 * (`GROK_IMAGINE_CONFIG`, else `./grok-imagine.config.json`; `configFile: false` reads none) and a
 * durable journal file (`journal: { file }`), exactly as `createImagine` from `@grok-imagine/sdk/node`.
 */
export function createGrokImagine(config: NodeGrokImagineConfig = {}): GrokImagineProvider {
  return buildGrokImagineProvider(createImagine(config), config);
}
