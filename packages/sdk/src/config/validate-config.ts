import { PROVIDER_IDS, ValidationError } from '@grok-imagine/core';
import * as v from 'valibot';
import { GrokImagineConfigSchema } from './config-schema.ts';
import type { GrokImagineConfig } from './grok-imagine-config.ts';

// Values under these keys may be secrets: never copy them into an error.
const SECRET_KEYS = new Set(['apiKey', 'headers']);

function isSecretPath(path: readonly string[]): boolean {
  return path.some((key) => SECRET_KEYS.has(key));
}

/**
 * Validates a configuration object against `GrokImagineConfigSchema`. Throws a `ValidationError`
 * naming where the config came from (`source`), the offending setting and what is allowed.
 */
export function validateConfig(input: unknown, source: string): GrokImagineConfig {
  const result = v.safeParse(GrokImagineConfigSchema, input, { abortEarly: false });
  if (result.success) return input as GrokImagineConfig;
  const [issue, ...rest] = result.issues;
  const path = (issue.path ?? []).map((item) => String(item.key));
  const field = path.length > 0 ? path.join('.') : 'config';
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  const isProvider = path[0] === 'provider' || path[0] === 'fallback';
  throw new ValidationError(`Invalid grok-imagine config (${source}): ${field}: ${issue.message}${more}.`, {
    field,
    value: isSecretPath(path) ? '[redacted]' : issue.input,
    allowed: isProvider ? PROVIDER_IDS : undefined,
  });
}
