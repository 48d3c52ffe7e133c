import type { Job } from '@grok-imagine/core';
import { FileLedgerStore, readMediaFile } from '@grok-imagine/core/node';
import { allowsPrivateHosts } from '../config/allows-private-hosts.ts';
import type { GrokImagineConfig } from '../config/grok-imagine-config.ts';
import { readProcessEnv } from '../config/read-env.ts';
import { type ResolvedConfig, resolveConfig } from '../config/resolve-config.ts';
import { buildImagine } from '../imagine/build-imagine.ts';
import { ALL_PROVIDERS } from '../providers/all-providers.ts';
import type { Imagine } from '../imagine/imagine-types.ts';
import { type DownloadOptions, download } from './download/download.ts';
import { loadConfigFile } from './load-config-file.ts';

/** `createImagine` options in Node: the common ones plus which config file to read. */
export interface NodeGrokImagineConfig extends GrokImagineConfig {
  /** Config file to read; `false` reads none. Default: `GROK_IMAGINE_CONFIG`, else `./grok-imagine.config.json` if present. */
  configFile?: string | false;
}

/** The Node entry's `Imagine`: the common one plus downloads under the configured limits. */
export interface NodeImagine extends Imagine {
  /**
   * `download(job, options)` with the config's `download` settings under the call's own options.
   * `allowPrivateHosts` is on by default for a job whose provider's base URL is loopback (the
   * emulator serves its media there); `clock` defaults to the config's.
   */
  download(job: Job, options: DownloadOptions): Promise<string[]>;
}

function downloadDefaults(config: ResolvedConfig, job: Job): DownloadOptions {
  return {
    ...(config.clock && { clock: config.clock }),
    ...config.download,
    allowPrivateHosts: allowsPrivateHosts(config, job.provider),
  };
}

/**
 * `createImagine` for Node: the main entry's, plus the config file layer (below the environment),
 * `{ path }` media inputs, the durable `FileLedgerStore` when `journal: { file }` is configured, and
 * `imagine.download`.
 */
export function createImagine(config: NodeGrokImagineConfig = {}): NodeImagine {
  const { configFile, ...rest } = config;
  const file = loadConfigFile(rest.env ?? readProcessEnv(), configFile);
  const resolved = resolveConfig(rest, file);
  const defaultStore =
    resolved.journalFile === undefined
      ? undefined
      : new FileLedgerStore(resolved.journalFile, { logger: resolved.logger });
  const imagine = buildImagine(resolved, { modules: ALL_PROVIDERS, readFile: readMediaFile, defaultStore });
  return {
    ...imagine,
    download: (job, options) => download(job, { ...downloadDefaults(resolved, job), ...options }),
  };
}
