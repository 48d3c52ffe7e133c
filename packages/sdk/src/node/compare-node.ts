import type { GenerationRequest } from '@grok-imagine/core';
import type { CompareOptions } from '../compare/compare.ts';
import type { CompareRow } from '../compare/compare-row.ts';
import { compareRows } from '../compare/compare-rows.ts';
import { readProcessEnv } from '../config/read-env.ts';
import { resolveConfig } from '../config/resolve-config.ts';
import { loadConfigFile } from './load-config-file.ts';

/** Options of the Node `compare`: the common ones plus which config file to read. */
export interface NodeCompareOptions extends CompareOptions {
  /** Config file to read (price overrides, `usdPerCredit`); `false` reads none. */
  configFile?: string | false;
}

/** `compare` for Node: the main entry's, with the config file layer read too. Offline, no keys. */
export async function compare(
  request: GenerationRequest,
  options: NodeCompareOptions = {},
): Promise<CompareRow[]> {
  const config = options.config ?? {};
  const file = loadConfigFile(config.env ?? readProcessEnv(), options.configFile);
  return compareRows(request, resolveConfig(config, file), options.providers);
}
