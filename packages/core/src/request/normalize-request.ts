import * as v from '../valibot/index.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { errorValue, summarizeValue } from '../media/summarize-value.ts';
import { REQUEST_DEFAULTS } from './defaults.ts';
import { assertPlainData } from './plain-data.ts';
import type { NormalizedRequest } from './normalized-request.ts';
import { type GenerationRequest, GenerationRequestSchema } from './request-schemas.ts';
import { REQUEST_TYPES } from './request-types.ts';

/** A validated request with defaults applied, and the fields the user set explicitly. */
export interface NormalizeResult {
  request: NormalizedRequest;
  /** Field names present in the user's request (defaults excluded): only these can raise "ignored" warnings. */
  explicitFields: ReadonlySet<string>;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  return path ?? 'request';
}

/**
 * Validates a neutral request against its schema and applies core's defaults (`REQUEST_DEFAULTS`).
 * Throws a `ValidationError` naming the first bad field, its value and what is allowed. Provider
 * options must be plain JSON data, so a request that cannot be journaled is refused before it is sent.
 */
export function normalizeRequest(input: GenerationRequest | unknown): NormalizeResult {
  const type = (input as { type?: unknown } | null)?.type;
  if (typeof input !== 'object' || input === null || !(REQUEST_TYPES as readonly unknown[]).includes(type)) {
    throw new ValidationError(
      `Request type ${JSON.stringify(type)} is not one of ${REQUEST_TYPES.join(', ')}.`,
      { field: 'type', value: type, allowed: REQUEST_TYPES },
    );
  }
  const result = v.safeParse(GenerationRequestSchema, input);
  if (!result.success) {
    const issue = result.issues[0];
    const field = issuePath(issue);
    const value = issue.input;
    const expected = issue.expected ?? undefined;
    // Media bytes and long data URIs are summarised, never echoed into the message or `value`.
    throw new ValidationError(
      `Invalid ${type} request: ${field} ${summarizeValue(value)} — ${issue.message}.`,
      {
        field,
        value: errorValue(value),
        allowed: expected ?? undefined,
      },
    );
  }
  const parsed = result.output;
  if (parsed.providerOptions !== undefined)
    assertPlainData(parsed.providerOptions, 'providerOptions', type as string);
  const explicitFields = new Set(
    Object.keys(input as object).filter((k) => (input as Record<string, unknown>)[k] !== undefined),
  );
  const defaults = REQUEST_DEFAULTS[parsed.type];
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(parsed)) if (value !== undefined) merged[key] = value;
  if (parsed.type === 'image-edit') {
    merged.images = parsed.images ?? [parsed.image];
    delete merged.image;
  }
  return { request: merged as unknown as NormalizedRequest, explicitFields };
}
