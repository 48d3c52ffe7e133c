import { AuthenticationError } from '@grok-imagine/core';
import { XAI_API_KEY_ENV, type XaiConfig } from './config.ts';

function environment(config: Pick<XaiConfig, 'env'>): Record<string, string | undefined> {
  return (
    config.env ??
    (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ??
    {}
  );
}

/** The API key from config or `XAI_API_KEY`, or `undefined` when neither is set. */
export function findXaiApiKey(config: Pick<XaiConfig, 'apiKey' | 'env'>): string | undefined {
  const key = config.apiKey ?? environment(config)[XAI_API_KEY_ENV];
  return key?.trim() ? key.trim() : undefined;
}

/** The API key, or an `AuthenticationError` (code `missing_api_key`) saying how to provide one. */
export function requireXaiApiKey(config: Pick<XaiConfig, 'apiKey' | 'env'>): string {
  const key = findXaiApiKey(config);
  if (key) return key;
  throw new AuthenticationError(
    `xai: no API key. Set the ${XAI_API_KEY_ENV} environment variable or pass apiKey in the xai config (get a key at https://console.x.ai/).`,
    { provider: 'xai', code: 'missing_api_key' },
  );
}
