import { createXaiAdapter } from '@grok-imagine/xai';
import { commonSettings, type ProviderModule } from './provider-module.ts';

/** xAI direct (api.x.ai), for `createImagineWith`. */
export const xaiProvider: ProviderModule = {
  id: 'xai',
  createAdapter(settings, shared) {
    const { base, extra } = commonSettings(settings, shared);
    return createXaiAdapter({ ...base, models: extra.models });
  },
};
