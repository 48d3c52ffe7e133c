export { createPixazoAdapter, PIXAZO_BASE_URL, type PixazoAdapter, type PixazoConfig } from './adapter.ts';
export {
  type PixazoStatusResponse,
  type PixazoSubmitResponse,
  StatusResponseSchema,
  SubmitResponseSchema,
} from './api.ts';
export { PIXAZO_CAPABILITIES } from './capabilities.ts';
export {
  type EndpointField,
  type EndpointParam,
  type EndpointRule,
  endpointOfRequestId,
  isPixazoEndpointId,
  PIXAZO_ENDPOINT_IDS,
  PIXAZO_ENDPOINTS,
  type PixazoEndpoint,
  type PixazoEndpointId,
} from './endpoints.ts';
export { BOT_CHALLENGE_MESSAGE, parsePixazoError } from './errors.ts';
export type { PixazoSubmitBody } from './map-request.ts';
export {
  PIXAZO_PRICE_SOURCE,
  PIXAZO_PRICES,
  PIXAZO_PRICES_AS_OF,
  quotePixazoRequest,
  VIDEO_EDIT_MAX_SECONDS,
} from './pricing.ts';
export { PIXAZO_ROUTES, type PixazoRoute, type RoutableRequest, selectEndpoint } from './routing.ts';
export { PIXAZO_STATUSES, type PixazoStatus, parsePixazoStatus, type StatusContext } from './status.ts';
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
