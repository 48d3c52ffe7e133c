import {
  createHttpClient,
  type HttpRequest,
  type HttpResponse,
  type ProviderHttpClient,
} from '@grok-imagine/core';
import { resolveVydraApiKey, VYDRA_BASE_URL, type VydraConfig } from './config.ts';
import { parseVydraError } from './errors.ts';
import { readRateLimitHeaders, VYDRA_DEFAULT_LIMITS, type VydraRateLimitSnapshot } from './limits.ts';

/** The adapter's way to the API: core's client plus the key check and the rate-limit headers. */
export interface VydraTransport {
  /** Core's client (its `limiter` is what `applyRateLimits()` configures). */
  readonly client: ProviderHttpClient;
  /** Sends one request; a missing key fails here, before anything goes on the wire. */
  send<T>(request: HttpRequest<T>): Promise<HttpResponse<T>>;
  /** The `X-RateLimit-*` headers of the last successful response that had them. */
  lastRateLimit(): VydraRateLimitSnapshot | undefined;
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
  let last: VydraRateLimitSnapshot | undefined;
  return {
    client,
    async send(request) {
      // Fail fast on a missing key, before the request waits its turn in the rate limiter.
      resolveVydraApiKey(config);
      const response = await client.request(request);
      last = readRateLimitHeaders(response.headers) ?? last;
      return response;
    },
    lastRateLimit: () => (last ? { ...last } : undefined),
  };
}
