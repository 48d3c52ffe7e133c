/** Shorter values are not treated as secrets (they would redact ordinary words). */
const MIN_SECRET_LENGTH = 8;

/**
 * The secret strings in a set of auth headers: each value, and the token after a `Bearer`/`Basic`/
 * `Token`/`Key` scheme, longest first so a whole value is replaced before its token.
 */
export function secretsOf(headers: Record<string, string>): string[] {
  const secrets = new Set<string>();
  for (const value of Object.values(headers)) {
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
  for (const secret of secrets) result = result.split(secret).join('[redacted]');
  return result;
}
