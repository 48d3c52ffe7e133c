import type { ErrorKind, ErrorParser } from '@grok-imagine/core';
import * as v from 'valibot';
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

// `details` is free-form; a string or a `field` name is worth showing, an object is kept short.
function describeDetails(details: unknown): string | undefined {
  if (typeof details === 'string' && details.trim() !== '') return details;
  if (details && typeof details === 'object' && Object.keys(details).length > 0) {
    const text = JSON.stringify(details);
    return text.length > 300 ? `${text.slice(0, 297)}...` : text;
  }
  return undefined;
}

function fieldOf(details: unknown): string | undefined {
  const field = (details as { field?: unknown } | null | undefined)?.field;
  return typeof field === 'string' ? field : undefined;
}

/**
 * Reads Vydra's error bodies: `{ error, code, details }`, the 402 body
 * `{ error, creditsRequired, creditsRemaining }` (no `code`), and anything else (HTML from a proxy,
 * an empty body) by status. Vydra's own message is kept as written.
 */
export const parseVydraError: ErrorParser = (response) => {
  const parsed = v.safeParse(VydraErrorSchema, response.json);
  if (!parsed.success) {
    const text = response.text.trim().slice(0, 200);
    return { message: text === '' ? `HTTP ${response.status} with no body` : text };
  }
  const body = parsed.output;
  const error = typeof body.error === 'string' ? body.error : (body.error?.message ?? undefined);
  const details = describeDetails(body.details);
  const base = error ?? body.message ?? `HTTP ${response.status}`;
  const code = body.code ?? undefined;
  const hasCredits = body.creditsRequired != null || body.creditsRemaining != null;
  let kind: ErrorKind | undefined = code ? VYDRA_ERROR_KINDS[code] : undefined;
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
