import { ValidationError } from '@grok-imagine/core';

/**
 * The callback URL to register with a submit: `base` with the secret token in its query
 * (`?token=<secret>`), which `createWebhookHandler` checks. Pixazo calls only https URLs, so any
 * other scheme is a `ValidationError`.
 */
export function webhookURL(base: string | URL, secret: string, tokenParam = 'token'): string {
  let url: URL | undefined;
  try {
    url = new URL(base);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:') {
    throw new ValidationError(`webhook base URL must be an https:// URL (Pixazo rejects plain http).`, {
      provider: 'pixazo',
      field: 'webhook.url',
      value: String(base),
      allowed: 'an https:// URL',
    });
  }
  if (secret === '') {
    throw new ValidationError('webhook secret must not be empty.', { provider: 'pixazo', field: 'secret' });
  }
  url.searchParams.set(tokenParam, secret);
  return url.toString();
}
