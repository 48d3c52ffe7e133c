import { readBodyCapped } from './read-body.ts';
import type { Transport } from './transport.ts';

/**
 * A transport over a `fetch` implementation, looked up per call (a user patching or spying on the
 * global `fetch` sees every request). Redirects come back as answers: core refuses them.
 */
export function fetchTransport(fetchImpl: () => typeof fetch): Transport {
  return async (request) => {
    const response = await fetchImpl()(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: request.signal,
    });
    return {
      status: response.status,
      headers: response.headers,
      readBody: () => readBodyCapped(response, request.maxBodyBytes, request.signal),
    };
  };
}
