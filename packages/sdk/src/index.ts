export * from './public-api.ts';
export { compare, type CompareOptions } from './compare/compare.ts';
export type { CompareRow } from './compare/compare-row.ts';
export { createImagine } from './imagine/create-imagine.ts';
export { createImagineWith } from './imagine/create-imagine-with.ts';
export type { ProviderModule, ProviderModules } from './providers/provider-module.ts';
export { pixazoProvider } from './providers/pixazo-module.ts';
export { vydraProvider } from './providers/vydra-module.ts';
export { xaiProvider } from './providers/xai-module.ts';
