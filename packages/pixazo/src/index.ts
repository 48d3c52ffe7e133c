export { createPixazoAdapter, PIXAZO_BASE_URL, type PixazoAdapter, type PixazoConfig } from './adapter.ts';
export {
  createNodeWebhookHandler,
  type NodeRequestLike,
  type NodeResponseLike,
  type NodeWebhookHandler,
  type NodeWebhookHandlerOptions,
} from './webhook/node-handler.ts';
export { type ParseWebhookOptions, parsePixazoWebhook } from './webhook/parse-webhook.ts';
export { createMemorySeenStore, type WebhookSeenStore } from './webhook/seen-store.ts';
export {
  createWebhookHandler,
  MIN_WEBHOOK_SECRET_LENGTH,
  type WebhookHandler,
  type WebhookHandlerOptions,
  type WebhookRequestContext,
} from './webhook/webhook-handler.ts';
export { webhookURL } from './webhook/webhook-url.ts';
