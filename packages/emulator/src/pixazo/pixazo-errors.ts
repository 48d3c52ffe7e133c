import type { ApiResponse } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import type { ProviderErrors } from '../server/provider-module.ts';

/** Pixazo's error body before a job exists: `{"error": "...", "message": "..."}`. */
export function pixazoError(
  status: number,
  error: string,
  message: string,
  headers?: Record<string, string>,
): ApiResponse {
  return jsonResponse(status, { error, message }, headers);
}

/** The errors the server itself answers for Pixazo paths. */
export const pixazoErrors: ProviderErrors = {
  notFound: () => pixazoError(404, 'Not Found', 'Resource not found'),
  methodNotAllowed: (method) => pixazoError(405, 'Method Not Allowed', `Method ${method} is not allowed`),
  invalidJson: () => pixazoError(400, 'Bad Request', 'The request body is not valid JSON'),
  rateLimited: (rate) =>
    pixazoError(
      429,
      'Too Many Requests',
      `Rate limit is exceeded. Try again in ${rate.retryAfterSeconds} seconds.`,
      {
        'Retry-After': String(rate.retryAfterSeconds),
      },
    ),
  serverError: (status, retryAfterSeconds) =>
    status === 503
      ? pixazoError(503, 'Service Unavailable', 'The service is temporarily unavailable.', {
          'Retry-After': String(retryAfterSeconds),
        })
      : pixazoError(500, 'Internal Server Error', 'An unexpected error occurred.'),
};
