import { type ErrorKind, type ErrorParser, summarizeValue } from '@grok-imagine/core';
import * as v from '@grok-imagine/core/valibot';
import { VydraErrorSchema } from './api.ts';

/**
 * Every error code Vydra documents, mapped to the SDK's error kinds. A code not listed here falls
 * back to the HTTP status (core's factory decides).
 */
export const VYDRA_ERROR_KINDS: Readonly<Record<string, ErrorKind>> = {
  MISSING_AUTH: 'authentication',
  INVALID_FORMAT: 'authentication',
  KEY_NOT_FOUND: 'authentication',
  KEY_REVOKED: 'authentication',
  KEY_EXPIRED: 'authentication',
  INVALID_INPUT: 'validation',
  INVALID_URL: 'validation',
  INVALID_FILE_TYPE: 'validation',
  FILE_TOO_LARGE: 'validation',
  INSUFFICIENT_CREDITS: 'insufficient-credits',
  INSUFFICIENT_SCOPE: 'permission',
  NOT_FOUND: 'not-found',
  MODEL_NOT_FOUND: 'not-found',
  JOB_NOT_FOUND: 'not-found',
  RATE_LIMIT_EXCEEDED: 'rate-limit',
};

/** Longest piece of Vydra's own text (message, details) kept in an error message. */
const MAX_TEXT = 300;

function cut(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

// `details` is free-form; a string or a small object is worth showing, cut short. `summarizeValue`
// never throws, so a hostile, deeply nested `details` cannot turn into a RangeError here.
function describeDetails(details: unknown): string | undefined {
  if (typeof details === 'string' && details.trim() !== '') return cut(details);
  if (details && typeof details === 'object' && Object.keys(details).length > 0)
    return summarizeValue(details);
  return undefined;
}

function fieldOf(details: unknown): string | undefined {
  const field = (details as { field?: unknown } | null | undefined)?.field;
  return typeof field === 'string' ? field : undefined;
}

/**
 * Reads Vydra's error bodies: `{ error, code, details }`, the 402 body
 * `{ error, creditsRequired, creditsRemaining }` (no `code`), and anything else (HTML from a proxy,
 * an empty body) by status. Vydra's own message is kept, cut to a few hundred characters; a body
 * that is not Vydra's error JSON is described (status, content type, length), never echoed.
 */
export const parseVydraError: ErrorParser = (response) => {
  const parsed = v.safeParse(VydraErrorSchema, response.json);
  if (!parsed.success) {
    // Not Vydra's error shape (an HTML page from a proxy, an empty body): described, never echoed.
    const text = response.text.trim();
    if (text === '') return { message: `HTTP ${response.status} with no body` };
    const type =
      response.headers.get('content-type')?.split(';', 1)[0]?.trim().slice(0, 60) || 'no content type';
    return {
      message: `HTTP ${response.status} with a body that is not Vydra's error JSON (${type}, ${text.length} characters)`,
    };
  }
  const body = parsed.output;
  const error = typeof body.error === 'string' ? body.error : (body.error?.message ?? undefined);
  const details = describeDetails(body.details);
  const base = cut(error ?? body.message ?? `HTTP ${response.status}`);
  const code = body.code?.slice(0, 60) ?? undefined;
  const hasCredits = body.creditsRequired != null || body.creditsRemaining != null;
  let kind: ErrorKind | undefined =
    code && Object.hasOwn(VYDRA_ERROR_KINDS, code) ? VYDRA_ERROR_KINDS[code] : undefined;
  if (!code && hasCredits) kind = 'insufficient-credits';
  return {
    message: details ? `${base} (${details})` : base,
    code,
    kind,
    field: fieldOf(body.details),
    creditsRequired: body.creditsRequired ?? undefined,
    creditsRemaining: body.creditsRemaining ?? undefined,
  };
};
