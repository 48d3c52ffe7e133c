export { createXaiAdapter, XAI_POLL_HINT } from './adapter.ts';
export { findXaiApiKey, requireXaiApiKey } from './api-key.ts';
export { XAI_CAPABILITIES } from './capabilities.ts';
export { XAI_API_KEY_ENV, XAI_BASE_URL, type XaiConfig } from './config.ts';
export {
  classifyXaiErrorCode,
  isRetryableXaiFailure,
  parseXaiError,
  XAI_ERROR_CODES,
  type XaiErrorCode,
} from './errors.ts';
export { XAI_DEFAULT_LIMITS } from './limits.ts';
export {
  DEFAULT_XAI_MODELS,
  type XaiModels,
  type XaiProviderOptions,
  XaiProviderOptionsSchema,
} from './models.ts';
export { XAI_IMAGE_MODEL_PRICES, XAI_MAX_EDIT_INPUT_SECONDS, XAI_PRICES } from './pricing.ts';
export { mapXaiStatus, XAI_STATUSES, type XaiStatus } from './status.ts';
