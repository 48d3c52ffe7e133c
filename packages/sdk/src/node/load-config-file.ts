import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { ValidationError } from '@grok-imagine/core';
import { CONFIG_FILE_ENV } from '../config/api-key-env.ts';
import type { Env } from '../config/read-env.ts';
import type { ConfigFileLayer } from '../config/resolve-config.ts';

/** The config file looked for in the working directory when none is named. */
export const DEFAULT_CONFIG_FILE = 'grok-imagine.config.json';

/**
 * Reads the JSON config file: `path` if given, else `GROK_IMAGINE_CONFIG`, else
 * `./grok-imagine.config.json` when it exists. A named file that is missing, or any file that is not
 * valid JSON, is a `ValidationError` naming the file. `journal.file` in it is relative to the file.
 */
export function loadConfigFile(env: Env, path?: string | false): ConfigFileLayer | undefined {
  if (path === false) return undefined;
  const named = path ?? env[CONFIG_FILE_ENV]?.trim();
  const file = resolve(named || DEFAULT_CONFIG_FILE);
  if (!existsSync(file)) {
    if (!named) return undefined;
    throw new ValidationError(
      `Config file ${named} does not exist${path ? '' : ` (named by ${CONFIG_FILE_ENV})`}.`,
      { field: 'configFile', value: named },
    );
  }
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ValidationError(`Config file ${file} is not valid JSON: ${(error as Error).message}.`, {
      field: 'configFile',
      value: file,
      cause: error,
    });
  }
  const journal = (config as { journal?: { file?: unknown } } | null)?.journal;
  if (journal && typeof journal.file === 'string' && !isAbsolute(journal.file)) {
    journal.file = resolve(dirname(file), journal.file);
  }
  return { config, source: file };
}
