import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ValidationError } from '@grok-imagine/sdk/node';
import { CONFIG_FILE_ENV, DEFAULT_CONFIG_FILE } from '@grok-imagine/sdk/node';

/**
 * The config file this run reads, as an absolute path: `--config`, else `GROK_IMAGINE_CONFIG`,
 * else `./grok-imagine.config.json` when it exists, else none. A file named explicitly must exist.
 */
export function resolveConfigPath(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): string | undefined {
  const named = flag ?? (env[CONFIG_FILE_ENV]?.trim() || undefined);
  if (named !== undefined) {
    const path = resolve(cwd, named);
    if (!existsSync(path)) {
      throw new ValidationError(`Config file "${named}" does not exist.`, {
        field: 'config',
        value: named,
        allowed: 'the path of a JSON config file',
      });
    }
    return path;
  }
  const fallback = resolve(cwd, DEFAULT_CONFIG_FILE);
  return existsSync(fallback) ? fallback : undefined;
}
