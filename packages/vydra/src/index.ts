export {
  type AccountCallOptions,
  toRateLimitRules,
  type VydraBalance,
  type VydraRateLimits,
} from './account.ts';
export { createVydraAdapter, type VydraAdapter } from './adapter.ts';
export { VYDRA_ASPECT_RATIOS, VYDRA_CAPABILITIES, VYDRA_MAX_PROMPT_LENGTH } from './capabilities.ts';
export { VYDRA_API_KEY_ENV, VYDRA_BASE_URL, type VydraConfig } from './config.ts';
export { parseVydraError, VYDRA_ERROR_KINDS } from './errors.ts';
export {
  readRateLimitHeaders,
  VYDRA_DEFAULT_LIMITS,
  VYDRA_MAX_CONCURRENT_JOBS,
  type VydraRateLimitSnapshot,
} from './limits.ts';
export { VYDRA_PRICES } from './pricing.ts';
export { mapVydraStatus, type MappedStatus, type VydraStatus } from './status.ts';
