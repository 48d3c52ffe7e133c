import type { PriceOverrides, TransportOptions } from '@grok-imagine/core';
import type { XaiModels } from './models.ts';

/** xAI's API base URL; `baseURL` in the config overrides it (e.g. for the emulator). */
export const XAI_BASE_URL = 'https://api.x.ai/v1';

/** The environment variable the API key is read from when `apiKey` is not given. */
export const XAI_API_KEY_ENV = 'XAI_API_KEY';

/** Configuration of the xAI adapter. Everything is optional; quoting needs no key at all. */
export interface XaiConfig extends TransportOptions {
  /** xAI API key. Default: `XAI_API_KEY` from `env`, read at request time. */
  apiKey?: string;
  /** Where to read `XAI_API_KEY` from. Default: `process.env` when there is one. */
  env?: Record<string, string | undefined>;
  /** Your own prices for catalog entries (`image`, `image-pro`, `video-720p`, …). */
  prices?: PriceOverrides;
  /** Model ids to send instead of the defaults (`DEFAULT_XAI_MODELS`). */
  models?: Partial<XaiModels>;
  /** Today's date (`YYYY-MM-DD`) stamped on price overrides. Default: from the clock. */
  today?: string;
}
