export { createXaiAdapter } from './adapter.ts';
export { XAI_API_KEY_ENV, XAI_BASE_URL, type XaiConfig } from './config.ts';
export { DEFAULT_XAI_MODELS, type XaiModels, type XaiProviderOptions } from './models.ts';
