import {
  requireApiKey,
  type PriceOverrides,
  type TransportOptions,
  type UploadMedia,
} from '@grok-imagine/core';

/** Vydra's API root. Always the `www` host: the bare domain redirects, and redirects drop the key. */
export const VYDRA_BASE_URL = 'https://www.vydra.ai/api/v1';

/** The environment variable read when no `apiKey` is configured. */
export const VYDRA_API_KEY_ENV = 'VYDRA_API_KEY';

/** Configuration of `createVydraAdapter`. */
export interface VydraConfig extends TransportOptions {
  /** Vydra API key; when absent, `VYDRA_API_KEY` is read from `env` at request time. */
  apiKey?: string;
  /** Where to read `VYDRA_API_KEY` (default: `process.env` where there is one). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Overrides of catalog entries (`image-request`, `video-request`), in credits and/or USD. */
  prices?: PriceOverrides;
  /**
   * What one Vydra credit costs you in USD (a string like `'0.01'` is read exactly). Without it,
   * quotes and costs are in credits only and their USD figure is unknown.
   */
  usdPerCredit?: number | string;
  /** Turns media bytes into a public URL; Vydra only takes image URLs. */
  uploadMedia?: UploadMedia;
  /** Date stamped on price overrides (`YYYY-MM-DD`; default: the clock's today). */
  today?: string;
}

/**
 * The API key in force: the configured one, else `VYDRA_API_KEY`. Read at request time so a key set
 * after the adapter was built still counts. Missing → `AuthenticationError` naming the variable.
 */
export function resolveVydraApiKey(config: Pick<VydraConfig, 'apiKey' | 'env'>): string {
  return requireApiKey(config, {
    provider: 'vydra',
    envVar: VYDRA_API_KEY_ENV,
    message: `vydra: no API key. Set ${VYDRA_API_KEY_ENV} or pass apiKey to the Vydra configuration.`,
  });
}
