import type { ApiResponse } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import type { ProviderErrors } from '../server/provider-module.ts';
import type { FieldProblem } from '../validation/field-reader.ts';

/** xAI's flat error body: `{"code": "...", "error": "..."}`. */
export function xaiError(
  status: number,
  code: string,
  error: string,
  headers?: Record<string, string>,
): ApiResponse {
  return jsonResponse(status, { code, error }, headers);
}

/** xAI's nested, OpenAI-style error body: `{"error": {"message", "type", "param", "code"}}`. */
export function xaiNestedError(
  status: number,
  message: string,
  param: string | null,
  code: string,
): ApiResponse {
  return jsonResponse(status, { error: { message, type: 'invalid_request_error', param, code } });
}

/**
 * A validation problem in xAI's shapes: a missing field or a wrong JSON type is a 422 in the nested
 * shape (the body could not be deserialised); a value out of range is a 400 `invalid_parameters`.
 */
export function xaiProblem(problem: FieldProblem): ApiResponse {
  if (problem.kind === 'range') return xaiError(400, 'invalid_parameters', problem.message);
  return xaiNestedError(
    422,
    problem.message,
    problem.field,
    problem.kind === 'missing' ? 'missing_field' : 'invalid_type',
  );
}

/** The errors the server itself answers for xAI paths. */
export const xaiErrors: ProviderErrors = {
  notFound: (path) => xaiError(404, 'not_found', `No route for ${path}`),
  methodNotAllowed: (method) =>
    xaiError(405, 'method_not_allowed', `Method ${method} is not allowed on this endpoint`),
  invalidJson: () => xaiNestedError(400, 'The request body is not valid JSON', null, 'invalid_json'),
  rateLimited: (rate) =>
    xaiError(429, 'rate_limit_exceeded', `Too many requests: ${rate.limit} per window. Try again later.`, {
      'Retry-After': String(rate.retryAfterSeconds),
    }),
  serverError: (status, retryAfterSeconds) =>
    status === 503
      ? xaiError(503, 'service_unavailable', 'The service is temporarily unavailable', {
          'Retry-After': String(retryAfterSeconds),
        })
      : xaiError(500, 'internal_error', 'An internal error occurred'),
};
