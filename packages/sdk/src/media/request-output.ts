import { type ProviderId, ResponseValidationError } from '@grok-imagine/core';
import { MAX_MEDIA_REDIRECTS, REDIRECT_STATUSES } from './media-redirects.ts';
import { mediaTransportError } from './media-response-checks.ts';
import { privateHostRange, privateHostReason } from './private-host.ts';

/** What one output request needs: `fetchOutputBytes`' options of that name. */
export interface OutputRequestOptions {
  provider: ProviderId;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  allowPrivateHosts?: boolean;
}

/** The first answer that is not a redirect, and the host that gave it. */
export interface OutputResponse {
  response: Response;
  host: string;
}

/** An output URL or redirect `fetchOutputBytes` refuses: the provider's answer is unusable. */
function outputRefusal(provider: ProviderId, code: string, reason: string): ResponseValidationError {
  return new ResponseValidationError(`Output from ${provider}: ${reason}`, {
    provider,
    code,
    rawText: '',
    issues: [reason],
  });
}

/**
 * Refuses, before any request, a URL whose host names a non-public address itself: an IP literal
 * in a blocked range or `localhost`. A `ResponseValidationError` with `code: 'private_media_host'`.
 */
export function refusePrivateHost(url: URL, provider: ProviderId): void {
  const range = privateHostRange(url.hostname);
  if (range === undefined) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  throw outputRefusal(provider, 'private_media_host', privateHostReason(host, range));
}

function nextHop(provider: ProviderId, from: URL, status: number, location: string | null): URL {
  if (location === null) {
    throw outputRefusal(
      provider,
      'bad_redirect',
      `${from.host} answered ${status} without a Location header.`,
    );
  }
  const next = URL.canParse(location, from) ? new URL(location, from) : undefined;
  if (!next || (next.protocol !== 'https:' && next.protocol !== 'http:') || next.username || next.password) {
    const reason = `${from.host} redirected to a URL that is not http(s) without credentials; refused.`;
    throw outputRefusal(provider, 'bad_redirect', reason);
  }
  return next;
}

/**
 * GETs an output URL with no header and follows redirects by hand, at most `MAX_MEDIA_REDIRECTS`,
 * checking each host (the first included) before its request unless `allowPrivateHosts`. Where
 * `fetch` hides redirects (a browser's opaque redirect), the redirect is refused: its target cannot
 * be checked. With `allowPrivateHosts` there is nothing to check, so `fetch` follows on its own.
 */
export async function requestOutput(url: URL, options: OutputRequestOptions): Promise<OutputResponse> {
  const { provider, signal } = options;
  const allowed = options.allowPrivateHosts ?? false;
  let current = url;
  for (let hop = 0; ; hop++) {
    if (!allowed) refusePrivateHost(current, provider);
    let response: Response;
    try {
      response = await (options.fetch ?? globalThis.fetch)(current.href, {
        signal,
        redirect: allowed ? 'follow' : 'manual',
      });
    } catch (error) {
      throw mediaTransportError(provider, current.host, error, signal);
    }
    if (response.type === 'opaqueredirect') {
      const reason = `${current.host} redirected, and this runtime's fetch hides where to; refused. Pass allowPrivateHosts: true to let fetch follow it.`;
      throw outputRefusal(provider, 'bad_redirect', reason);
    }
    if (!REDIRECT_STATUSES.has(response.status)) return { response, host: current.host };
    await response.body?.cancel().catch(() => undefined);
    const next = nextHop(provider, current, response.status, response.headers.get('location'));
    if (hop >= MAX_MEDIA_REDIRECTS) {
      const reason = `more than ${MAX_MEDIA_REDIRECTS} redirects, the last from ${current.host}.`;
      throw outputRefusal(provider, 'too_many_redirects', reason);
    }
    current = next;
  }
}
