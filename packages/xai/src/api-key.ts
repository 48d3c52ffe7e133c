import { findApiKey, requireApiKey } from '@grok-imagine/core';
import { XAI_API_KEY_ENV, type XaiConfig } from './config.ts';

/** The API key from config or `XAI_API_KEY`, or `undefined` when neither is set. */
export function findXaiApiKey(config: Pick<XaiConfig, 'apiKey' | 'env'>): string | undefined {
  return findApiKey(config, XAI_API_KEY_ENV);
}

/** The API key, or an `AuthenticationError` (code `missing_api_key`) saying how to provide one. */
export function requireXaiApiKey(config: Pick<XaiConfig, 'apiKey' | 'env'>): string {
  return requireApiKey(config, {
    provider: 'xai',
    envVar: XAI_API_KEY_ENV,
    message: `xai: no API key. Set the ${XAI_API_KEY_ENV} environment variable or pass apiKey in the xai config (get a key at https://console.x.ai/).`,
  });
}
