import { createVydraAdapter } from '@grok-imagine/vydra';
import { commonSettings, type ProviderModule } from './provider-module.ts';

/** Vydra (www.vydra.ai), billed in credits, for `createImagineWith`. */
export const vydraProvider: ProviderModule = {
  id: 'vydra',
  createAdapter(settings, shared) {
    const { base, extra } = commonSettings(settings, shared);
    return createVydraAdapter({ ...base, uploadMedia: extra.uploadMedia, usdPerCredit: extra.usdPerCredit });
  },
};
