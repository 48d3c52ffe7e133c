import type { ApiResponse } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import type { ProviderErrors } from '../server/provider-module.ts';
import type { RateLimitState } from '../server/rate-limiter.ts';

/** Vydra's error body: `{"error": "...", "code": "...", "details"?: ...}`. */
export function vydraError(
  status: number,
  error: string,
  code: string,
  details?: unknown,
  headers?: Record<string, string>,
): ApiResponse {
  return jsonResponse(status, details === undefined ? { error, code } : { error, code, details }, headers);
}

/** The `X-RateLimit-*` headers Vydra sends (reset in epoch seconds). */
export function vydraRateHeaders(
  rate: Pick<RateLimitState, 'limit' | 'remaining' | 'resetAt'>,
): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(rate.limit),
    'X-RateLimit-Remaining': String(rate.remaining),
    'X-RateLimit-Reset': String(Math.ceil(rate.resetAt / 1000)),
  };
}

/** The errors the server itself answers for Vydra paths. */
export const vydraErrors: ProviderErrors = {
  notFound: (path) => vydraError(404, `No endpoint at ${path}`, 'NOT_FOUND'),
  methodNotAllowed: (method) => vydraError(405, `Method ${method} is not allowed`, 'METHOD_NOT_ALLOWED'),
  invalidJson: () => vydraError(400, 'The request body is not valid JSON', 'INVALID_INPUT'),
  rateLimited: (rate) =>
    vydraError(
      429,
      'Rate limit exceeded. Please slow down.',
      'RATE_LIMIT_EXCEEDED',
      { limit: rate.limit, retryAfter: rate.retryAfterSeconds },
      { ...vydraRateHeaders(rate), 'Retry-After': String(rate.retryAfterSeconds) },
    ),
  serverError: (status, retryAfterSeconds) =>
    status === 503
      ? vydraError(503, 'Service temporarily unavailable', 'SERVICE_UNAVAILABLE', undefined, {
          'Retry-After': String(retryAfterSeconds),
        })
      : vydraError(500, 'Internal server error', 'INTERNAL_ERROR'),
};
