import { PROVIDER_IDS, ValidationError } from '@grok-imagine/core';
import * as v from '@grok-imagine/core/valibot';
import { GrokImagineConfigSchema } from './config-schema.ts';
import { hideSecrets, isSecretValue } from './config-secrets.ts';
import type { GrokImagineConfig } from './grok-imagine-config.ts';

// Values under these keys may be secrets: never copy them into an error.
const SECRET_KEYS = new Set(['apiKey', 'headers']);

// The schema's messages say what is allowed ("must be a number of milliseconds from 1 to 3600000").
function allowedBy(message: string): string | undefined {
  return message.startsWith('must be ') ? message.slice('must be '.length) : undefined;
}

function isSecretPath(path: readonly string[]): boolean {
  return path.some((key) => SECRET_KEYS.has(key));
}

/**
 * Validates a configuration object against `GrokImagineConfigSchema`. Throws a `ValidationError`
 * naming where the config came from (`source`), the offending setting and what is allowed. The
 * value is never echoed when it is under a secret setting, contains one of `secrets` (the keys
 * configured anywhere) or looks like a key: a key pasted into `baseURL` must not reach a log.
 */
export function validateConfig(
  input: unknown,
  source: string,
  secrets: readonly string[] = [],
): GrokImagineConfig {
  const result = v.safeParse(GrokImagineConfigSchema, input, { abortEarly: false });
  if (result.success) return input as GrokImagineConfig;
  const [issue, ...rest] = result.issues;
  const path = (issue.path ?? []).map((item) => String(item.key));
  const field = path.length > 0 ? path.join('.') : 'config';
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  const isProvider = path[0] === 'provider' || path[0] === 'fallback';
  const secret = isSecretPath(path) || isSecretValue(issue.input, secrets);
  const message = hideSecrets(`${field}: ${issue.message}`, secret ? issue.input : undefined, secrets);
  throw new ValidationError(`Invalid grok-imagine config (${source}): ${message}${more}.`, {
    field,
    value: secret ? '[redacted]' : issue.input,
    allowed: isProvider ? PROVIDER_IDS : allowedBy(issue.message),
  });
}
