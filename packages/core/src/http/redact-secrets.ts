/** Shorter values are not treated as secrets (they would redact ordinary words). */
const MIN_SECRET_LENGTH = 8;

/** Header names that carry credentials whatever their value looks like. */
const CREDENTIAL_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'ocp-apim-subscription-key',
  'x-api-key',
  'api-key',
  'cookie',
  'set-cookie',
]);

// Vendor spellings of the same idea: `X-Goog-Api-Key`, `X-Auth-Token`, `X-Client-Secret`, …
const CREDENTIAL_NAME = /auth|api[-_]?key|token|secret|password|passwd|cookie|session|credential/i;

/** True when a header of this name carries a credential (`Authorization`, `X-Api-Key`, `Cookie`, …). */
export function isCredentialHeader(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return CREDENTIAL_HEADERS.has(lower) || CREDENTIAL_NAME.test(lower);
}

/**
 * The secret strings in a set of headers: the value of each credential header (other headers such
 * as `Content-Type` are left alone, so "application/json" is never redacted), and the token after a
 * `Bearer`/`Basic`/`Token`/`Key` scheme, longest first so a whole value is replaced before its token.
 */
export function secretsOf(headers: Record<string, string>): string[] {
  const secrets = new Set<string>();
  for (const [name, value] of Object.entries(headers)) {
    if (!isCredentialHeader(name)) continue;
    secrets.add(value);
    secrets.add(value.replace(/^(bearer|basic|token|key)\s+/i, ''));
  }
  return [...secrets].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

/**
 * Replaces every occurrence of the secrets in `text` with `[redacted]`. Used on provider response
 * bodies before they reach an error, because some APIs echo the key they rejected.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) if (result.includes(secret)) result = result.split(secret).join('[redacted]');
  return result;
}
