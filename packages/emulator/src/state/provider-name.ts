/** The three providers the emulator speaks. */
export type ProviderName = 'xai' | 'pixazo' | 'vydra';

/** Every provider, in a stable order. */
export const PROVIDER_NAMES: readonly ProviderName[] = ['xai', 'pixazo', 'vydra'];
