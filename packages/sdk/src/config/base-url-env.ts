import { type ProviderId, ValidationError } from '@grok-imagine/core';
import type { Env } from './read-env.ts';

/**
 * The environment variable each provider's base URL is read from, so a script or test can point
 * the SDK at the emulator (or a proxy) without a config file.
 */
export const BASE_URL_ENV: Readonly<Record<ProviderId, string>> = {
  xai: 'XAI_BASE_URL',
  pixazo: 'PIXAZO_BASE_URL',
  vydra: 'VYDRA_BASE_URL',
};

/**
 * `provider`'s base URL from the environment, or undefined when its variable is unset or empty.
 * A value that is not an absolute http(s) URL is a `ValidationError` naming the variable.
 */
export function baseURLFromEnv(env: Env, provider: ProviderId): string | undefined {
  const name = BASE_URL_ENV[provider];
  const value = env[name]?.trim();
  if (!value) return undefined;
  // `localhost:8787` parses as a URL with the scheme `localhost:`; only http(s) can be a base URL.
  if (!/^https?:\/\//i.test(value) || !URL.canParse(value)) {
    throw new ValidationError(
      `${name}="${value}" is not an absolute http(s) URL (e.g. https://api.example.com/v1).`,
      {
        field: `providers.${provider}.baseURL`,
        value,
        allowed: 'an absolute http(s) URL',
      },
    );
  }
  return value;
}
