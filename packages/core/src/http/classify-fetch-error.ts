import { ConnectionError } from '../errors/connection-error.ts';
import type { GrokImagineError } from '../errors/grok-imagine-error.ts';
import { RequestTimeoutError } from '../errors/request-timeout-error.ts';
import type { ProviderId } from '../provider/provider-id.ts';

/** Error codes that prove the request never reached the provider. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

// TLS verification refusals (Node's and OpenSSL's codes). The handshake failed before the request
// was written, so it never left; and the same certificate would come back on a retry.
const CERTIFICATE_CODE = /CERT|SELF_SIGNED|ALTNAME|_SIGNATURE/;

/** True when a system error code says TLS refused the server's certificate (never retried). */
export function isCertificateRefusal(code: string | undefined): boolean {
  return code !== undefined && CERTIFICATE_CODE.test(code);
}

function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

// fetch refuses ports on the Fetch standard's blocklist (1, 9, 25, 6000, …) before connecting; Node
// says so only in the cause's message.
function blockedPort(error: unknown): boolean {
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause instanceof Error && cause.message === 'bad port';
}

/** A transport failure, and whether the request provably never reached the provider. */
export interface ClassifiedFetchError {
  error: GrokImagineError;
  /** True when the provider cannot have seen the request (connection refused, DNS failure). */
  notSent: boolean;
}

/** A copy of the failure that cannot carry the request (and so its API key) along. */
function keyFreeCause(cause: unknown, code: string | undefined): Error {
  const copy = new Error(cause instanceof Error ? cause.message : String(cause));
  copy.name = cause instanceof Error ? cause.name : 'Error';
  if (code) Object.assign(copy, { code });
  return copy;
}

/** Turns a `fetch`/ky failure into a `ConnectionError` or `RequestTimeoutError`. */
export function classifyFetchError(cause: unknown, provider: ProviderId, url: string): ClassifiedFetchError {
  const name = (cause as { name?: unknown }).name;
  if (name === 'TimeoutError') {
    return {
      error: new RequestTimeoutError(`${provider}: request to ${url} timed out.`, {
        provider,
        retryable: true,
        cause: keyFreeCause(cause, undefined),
      }),
      notSent: false,
    };
  }
  const code = errorCode(cause);
  const refusedCertificate = isCertificateRefusal(code);
  const notSent =
    (code !== undefined && NOT_SENT_CODES.has(code)) || refusedCertificate || blockedPort(cause);
  const reason = code ?? (cause instanceof Error ? cause.message : String(cause));
  const message = refusedCertificate
    ? `${provider}: the TLS certificate of ${url} was refused (${code}); not retried.`
    : `${provider}: could not complete request to ${url} (${reason}).`;
  return {
    error: new ConnectionError(message, {
      provider,
      code,
      retryable: !refusedCertificate,
      cause: keyFreeCause(cause, code),
    }),
    notSent,
  };
}
