export { createVydraAdapter, type VydraAdapter } from './adapter.ts';
export { VYDRA_API_KEY_ENV, VYDRA_BASE_URL, type VydraConfig } from './config.ts';
