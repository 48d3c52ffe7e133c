import { AuthenticationError, type ProviderId } from '@grok-imagine/core';

/** The environment variable each provider's API key is read from. */
export const API_KEY_ENV: Readonly<Record<ProviderId, string>> = {
  xai: 'XAI_API_KEY',
  pixazo: 'PIXAZO_API_KEY',
  vydra: 'VYDRA_API_KEY',
};

/** Environment variable that picks the provider. */
export const PROVIDER_ENV = 'GROK_IMAGINE_PROVIDER';

/** Environment variable holding the path of a JSON config file (Node entry). */
export const CONFIG_FILE_ENV = 'GROK_IMAGINE_CONFIG';

/**
 * The error raised when a call needs a provider's key and none is configured. Raised lazily, so
 * `quote` and `compare` work without keys.
 */
export function missingApiKeyError(provider: ProviderId): AuthenticationError {
  return new AuthenticationError(
    `No API key for ${provider}: set the ${API_KEY_ENV[provider]} environment variable or pass providers.${provider}.apiKey.`,
    { provider, code: 'missing_api_key' },
  );
}
