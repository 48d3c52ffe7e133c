import { FileLedgerStore, readMediaFile } from '@grok-imagine/core/node';
import type { GrokImagineConfig } from '../config/grok-imagine-config.ts';
import { readProcessEnv } from '../config/read-env.ts';
import { resolveConfig } from '../config/resolve-config.ts';
import { buildImagine } from '../imagine/build-imagine.ts';
import type { Imagine } from '../imagine/imagine-types.ts';
import { loadConfigFile } from './load-config-file.ts';

/** `createImagine` options in Node: the common ones plus which config file to read. */
export interface NodeGrokImagineConfig extends GrokImagineConfig {
  /** Config file to read; `false` reads none. Default: `GROK_IMAGINE_CONFIG`, else `./grok-imagine.config.json` if present. */
  configFile?: string | false;
}

/**
 * `createImagine` for Node: the main entry's, plus the config file layer (below the environment),
 * `{ path }` media inputs, and the durable `FileLedgerStore` when `journal: { file }` is configured.
 */
export function createImagine(config: NodeGrokImagineConfig = {}): Imagine {
  const { configFile, ...rest } = config;
  const file = loadConfigFile(rest.env ?? readProcessEnv(), configFile);
  const resolved = resolveConfig(rest, file);
  const defaultStore =
    resolved.journalFile === undefined
      ? undefined
      : new FileLedgerStore(resolved.journalFile, { logger: resolved.logger });
  return buildImagine(resolved, { readFile: readMediaFile, defaultStore });
}
