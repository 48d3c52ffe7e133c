import type { ErrorKind, ErrorParser, ErrorResponse } from '@grok-imagine/core';
import * as v from '@grok-imagine/core/valibot';
import { XaiFlatErrorSchema, XaiNestedErrorSchema } from './api.ts';

/** The error codes xAI documents. */
export const XAI_ERROR_CODES = [
  'unauthorized',
  'rate_limit_exceeded',
  'invalid_prompt',
  'content_policy_violation',
  'invalid_image_url',
  'invalid_video_url',
  'invalid_parameters',
  'internal_error',
] as const;

/** A documented xAI error code. */
export type XaiErrorCode = (typeof XAI_ERROR_CODES)[number];

function isXaiErrorCode(code: string): code is XaiErrorCode {
  return (XAI_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * The failure codes that mean "try again later": a server-side error or a rate limit. Only these make
 * a failed job retryable; anything else (no code, an undocumented or numeric one) would most likely
 * fail again, and an automatic retry would pay again.
 */
const TRANSIENT_CODES: readonly XaiErrorCode[] = ['internal_error', 'rate_limit_exceeded'];

/** An error `code` as text: xAI sends strings, sometimes numbers; an empty one counts as none. */
export function xaiErrorCode(code: string | number | null | undefined): string | undefined {
  if (code === null || code === undefined) return undefined;
  const text = String(code).trim();
  return text === '' ? undefined : text;
}

/** The neutral kind of an xAI error code; `undefined` for codes xAI does not document (the status decides). */
export function classifyXaiErrorCode(code: string | undefined): ErrorKind | undefined {
  if (!code || !isXaiErrorCode(code)) return undefined;
  switch (code) {
    case 'unauthorized':
      return 'authentication';
    case 'rate_limit_exceeded':
      return 'rate-limit';
    case 'invalid_prompt':
    case 'invalid_parameters':
    case 'invalid_image_url':
    case 'invalid_video_url':
      return 'validation';
    case 'content_policy_violation':
      return 'content-policy';
    case 'internal_error':
      return 'provider';
  }
}

/** Whether a job that failed with this xAI code may succeed when submitted again: documented transient codes only. */
export function isRetryableXaiFailure(code: string | undefined): boolean {
  return code !== undefined && (TRANSIENT_CODES as readonly string[]).includes(code);
}

function nonJsonMessage(response: ErrorResponse): string {
  const text = response.text.replace(/\s+/g, ' ').trim();
  if (text === '') return `HTTP ${response.status} with an empty body.`;
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * Reads an xAI error body into what core's `createApiError` needs. Handles both shapes xAI sends,
 * `{"code","error"}` and `{"error":{"message","type","param","code"}}`, and non-JSON bodies; keeps
 * xAI's message as written and classifies the documented codes (other codes: the status decides).
 */
export const parseXaiError: ErrorParser = (response) => {
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const flat = v.safeParse(XaiFlatErrorSchema, response.json);
  if (flat.success) {
    const code = xaiErrorCode(flat.output.code);
    return { message: flat.output.error, code, kind: classifyXaiErrorCode(code), requestId };
  }
  const nested = v.safeParse(XaiNestedErrorSchema, response.json);
  if (nested.success) {
    const error = nested.output.error;
    const code = xaiErrorCode(error.code) ?? xaiErrorCode(error.type);
    return {
      message: error.message ?? `HTTP ${response.status}${code ? ` (${code})` : ''}.`,
      code,
      kind: classifyXaiErrorCode(xaiErrorCode(error.code)) ?? classifyXaiErrorCode(xaiErrorCode(error.type)),
      field: error.param ?? undefined,
      requestId,
    };
  }
  return { message: nonJsonMessage(response), requestId };
};

/** Wraps an error parser so a secret (the API key) echoed by the provider never reaches an error message. */
export function redactSecret(parser: ErrorParser, secret: () => string | undefined): ErrorParser {
  return (response) => {
    const details = parser(response);
    const key = secret();
    if (!key || !details.message.includes(key)) return details;
    return { ...details, message: details.message.split(key).join('[redacted]') };
  };
}
