import type { ErrorKind, ErrorParser, ErrorResponse } from '@grok-imagine/core';
import * as v from 'valibot';
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

/** The neutral kind of an xAI error code; `undefined` for codes xAI does not document (the status decides). */
export function classifyXaiErrorCode(code: string | null | undefined): ErrorKind | undefined {
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

/** Whether a job that failed with this xAI code may succeed when submitted again. */
export function isRetryableXaiFailure(code: string | null | undefined): boolean {
  // A failure without a code is most likely transient on xAI's side.
  if (!code) return true;
  const kind = classifyXaiErrorCode(code);
  return kind === 'provider' || kind === 'rate-limit';
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
    const code = flat.output.code ?? undefined;
    return { message: flat.output.error, code, kind: classifyXaiErrorCode(code), requestId };
  }
  const nested = v.safeParse(XaiNestedErrorSchema, response.json);
  if (nested.success) {
    const error = nested.output.error;
    const code = error.code ?? error.type ?? undefined;
    return {
      message: error.message ?? `HTTP ${response.status}${code ? ` (${code})` : ''}.`,
      code,
      kind: classifyXaiErrorCode(error.code) ?? classifyXaiErrorCode(error.type),
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
