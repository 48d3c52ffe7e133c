import { createPixazoAdapter } from '@grok-imagine/pixazo';
import { commonSettings, type ProviderModule } from './provider-module.ts';

/** The Pixazo gateway (gateway.pixazo.ai), for `createImagineWith`. */
export const pixazoProvider: ProviderModule = {
  id: 'pixazo',
  createAdapter(settings, shared) {
    const { base, extra } = commonSettings(settings, shared);
    return createPixazoAdapter({ ...base, uploadMedia: extra.uploadMedia });
  },
};
