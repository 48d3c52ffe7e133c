import {
  createHttpClient,
  type HttpRequest,
  type HttpResponse,
  type ProviderHttpClient,
} from '@grok-imagine/core';
import { resolveVydraApiKey, VYDRA_BASE_URL, type VydraConfig } from './config.ts';
import { parseVydraError } from './errors.ts';
import { VYDRA_DEFAULT_LIMITS } from './limits.ts';

/** The adapter's way to the API: core's client plus an early key check. */
export interface VydraTransport {
  /** Core's client. */
  readonly client: ProviderHttpClient;
  /** Sends one request; a missing key fails here, before the request waits in the rate limiter. */
  send<T>(request: HttpRequest<T>): Promise<HttpResponse<T>>;
}

/** Builds the transport from the config; the key is read per request and never stored here. */
export function createVydraTransport(config: VydraConfig): VydraTransport {
  const {
    apiKey: _key,
    env: _env,
    prices: _p,
    usdPerCredit: _u,
    uploadMedia: _m,
    today: _t,
    ...transport
  } = config;
  const client = createHttpClient({
    ...transport,
    provider: 'vydra',
    defaultBaseURL: VYDRA_BASE_URL,
    authHeaders: () => ({ authorization: `Bearer ${resolveVydraApiKey(config)}` }),
    parseError: parseVydraError,
    defaultLimits: VYDRA_DEFAULT_LIMITS,
  });
  return {
    client,
    async send(request) {
      resolveVydraApiKey(config);
      return client.request(request);
    },
  };
}
