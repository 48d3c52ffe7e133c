import { API_KEY_ENV } from './api-key-env.ts';

/** Shorter strings are not treated as secrets (they would hide ordinary values). */
const MIN_SECRET_LENGTH = 8;

// A bare token: no dots, slashes or spaces, long, letters and digits. Keys look like this; URLs,
// dollar amounts, provider names and file paths do not.
const TOKEN_LIKE = /^[A-Za-z0-9_-]{16,}$/;

/** True when a string has the shape of an API key or token, whatever setting it was given for. */
export function looksLikeSecret(value: string): boolean {
  const trimmed = value.trim();
  return TOKEN_LIKE.test(trimmed) && /[0-9]/.test(trimmed) && /[A-Za-z]/.test(trimmed);
}

function addStrings(found: Set<string>, value: unknown): void {
  if (typeof value === 'string' && value.trim().length >= MIN_SECRET_LENGTH) found.add(value.trim());
}

function walk(found: Set<string>, value: unknown, depth: number): void {
  if (depth > 4 || typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'apiKey') addStrings(found, child);
    else if (key === 'headers' && typeof child === 'object' && child !== null)
      for (const header of Object.values(child)) addStrings(found, header);
    else if (key !== 'env') walk(found, child, depth + 1);
  }
}

/**
 * Every key a configuration holds, from any layer: `apiKey` settings, header values, and the
 * provider key variables of the environment. Read from raw (unvalidated) input, so a validation
 * error about another setting can still hide a key pasted there.
 */
export function collectConfigSecrets(
  layers: readonly unknown[],
  env: Readonly<Record<string, unknown>>,
): string[] {
  const found = new Set<string>();
  for (const layer of layers) walk(found, layer, 0);
  for (const variable of Object.values(API_KEY_ENV)) addStrings(found, env[variable]);
  return [...found].sort((a, b) => b.length - a.length);
}

// `scheme://user:password@` or `scheme://token@`: credentials written into a URL.
const URL_CREDENTIALS = /[a-z][a-z0-9+.-]*:\/\/[^/?#\s@]+@/i;

function isSecretString(value: string, secrets: readonly string[]): boolean {
  return (
    looksLikeSecret(value) || URL_CREDENTIALS.test(value) || secrets.some((secret) => value.includes(secret))
  );
}

/**
 * True when the value is, contains or looks like a secret, or carries credentials in a URL. An
 * object or array is searched too (a refused `limits` list is echoed whole): a key anywhere in it,
 * or a structure too deep or wide to search, counts as secret.
 */
export function isSecretValue(value: unknown, secrets: readonly string[], depth = 0): boolean {
  if (typeof value === 'string') return isSecretString(value, secrets);
  if (typeof value !== 'object' || value === null) return false;
  if (depth > 4) return true;
  const entries = Object.entries(value);
  if (entries.length > 100) return true;
  return entries.some(
    ([key, child]) => isSecretString(key, secrets) || isSecretValue(child, secrets, depth + 1),
  );
}

/** `text` with every known secret, and `value` itself when it is secret, replaced by `[redacted]`. */
export function hideSecrets(text: string, value: unknown, secrets: readonly string[]): string {
  let result = text;
  const hidden = isSecretValue(value, secrets) && typeof value === 'string' ? [value, ...secrets] : secrets;
  for (const secret of hidden) if (secret.length > 0) result = result.split(secret).join('[redacted]');
  return result;
}

/** True when a key holds characters no HTTP header may carry (CR, LF, NUL and other controls). */
export function hasControlCharacters(key: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
  return /[\u0000-\u001f\u007f]/.test(key.trim());
}
