import { type Command, Option } from 'commander';
import { ValidationError } from '@grok-imagine/sdk/node';
import type { CliIo } from '../cli-io.ts';

/** Environment variable read when `--redis` is not given. */
export const REDIS_URL_ENV = 'GROK_IMAGINE_REDIS_URL';

/** The options every `batch` subcommand that talks to Redis takes. */
export interface RedisFlags {
  redis?: string;
  prefix?: string;
}

/** Adds `--redis` and `--prefix` to a `batch` subcommand. */
export function addRedisOptions(command: Command, required: boolean): Command {
  return command
    .addOption(
      new Option(
        '--redis <url>',
        `Redis URL (default: $${REDIS_URL_ENV})${required ? '' : '; without it, the batch runs in this process'}`,
      ),
    )
    .option('--prefix <prefix>', 'key prefix shared by queues and workers (default: grok-imagine)');
}

/** The Redis URL of a command: `--redis`, else the environment; a `ValidationError` when required and missing. */
export function redisUrlOf(flags: RedisFlags, io: CliIo, required: boolean): string | undefined {
  const url = flags.redis ?? io.env[REDIS_URL_ENV];
  if (url === undefined && required) {
    throw new ValidationError(`This command needs Redis: give --redis <url> or set ${REDIS_URL_ENV}.`, {
      field: 'redis',
      value: undefined,
      allowed: 'a redis:// or rediss:// URL',
    });
  }
  if (url !== undefined && !/^rediss?:\/\//.test(url)) {
    throw new ValidationError(
      `--redis ${JSON.stringify(redactRedisUrl(url))} is not a redis:// or rediss:// URL.`,
      {
        field: 'redis',
        value: redactRedisUrl(url),
        allowed: 'a redis:// or rediss:// URL',
      },
    );
  }
  return url;
}

/** A Redis URL fit to print: its password replaced. */
export function redactRedisUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:[redacted]@');
}

/** A whole number of at least `min`, from a flag. */
export function parseCount(flag: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) {
    throw new ValidationError(`--${flag} ${value} is not a whole number of at least ${min}.`, {
      field: flag,
      value,
      allowed: `an integer ≥ ${min}`,
    });
  }
  return parsed;
}
