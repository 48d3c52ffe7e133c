import { ValidationError, type WebhookTarget } from '@grok-imagine/core';

/**
 * The headers that ask Pixazo to call a webhook: `X-Webhook-URL` and `X-Webhook-Mode`
 * (`terminal`, the default, or `sync`). Pixazo rejects plain http URLs, so a non-https URL is a
 * `ValidationError` here, before anything is sent. No target, no headers.
 */
export function webhookHeaders(target: WebhookTarget | undefined): Record<string, string> {
  if (!target) return {};
  let url: URL | undefined;
  try {
    url = new URL(target.url);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:') {
    throw new ValidationError(
      `webhook.url must be an https:// URL (Pixazo rejects plain http), got ${JSON.stringify(target.url)}.`,
      { provider: 'pixazo', field: 'webhook.url', value: target.url, allowed: 'an https:// URL' },
    );
  }
  const mode = target.mode ?? 'terminal';
  if (mode !== 'terminal' && mode !== 'sync') {
    throw new ValidationError(`webhook.mode must be "terminal" or "sync", got ${JSON.stringify(mode)}.`, {
      provider: 'pixazo',
      field: 'webhook.mode',
      value: mode,
      allowed: ['terminal', 'sync'],
    });
  }
  return { 'X-Webhook-URL': target.url, 'X-Webhook-Mode': mode };
}
