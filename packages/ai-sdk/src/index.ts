export { createGrokImagine } from './create-grok-imagine.ts';
export type { GrokImagineProvider } from './grok-imagine-provider.ts';
export { GrokImagineImageModel } from './image-model.ts';
export { GrokImagineVideoModel } from './video-model.ts';
export {
  GROK_IMAGINE_IMAGE_MODEL_IDS,
  GROK_IMAGINE_VIDEO_MODEL_IDS,
  type GrokImagineImageModelId,
  type GrokImagineVideoModelId,
} from './model-ids.ts';
export {
  type GrokImagineImageOptions,
  GrokImagineImageOptionsSchema,
  type GrokImagineVideoOptions,
  GrokImagineVideoOptionsSchema,
  PROVIDER_KEY,
} from './provider-options.ts';
export type { GrokImagineCost, GrokImagineImageEntry, GrokImagineMetadata } from './provider-metadata.ts';
export type { GrokImagineVideoOperation } from './video-operation.ts';
export type { GrokImagineConfig } from '@grok-imagine/sdk';
