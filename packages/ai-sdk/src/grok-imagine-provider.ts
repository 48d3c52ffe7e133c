import {
  type Experimental_VideoModelV4,
  type ImageModelV4,
  NoSuchModelError,
  type ProviderV4,
} from '@ai-sdk/provider';
import type { GrokImagineConfig, Imagine } from '@grok-imagine/sdk';
import { GrokImagineImageModel } from './image-model.ts';
import type { ModelContext } from './model-context.ts';
import {
  type GrokImagineImageModelId,
  type GrokImagineVideoModelId,
  isImageModelId,
  isVideoModelId,
  XAI_VIDEO_15_MODEL,
} from './model-ids.ts';
import { GrokImagineVideoModel } from './video-model.ts';

/**
 * The AI SDK provider over one sdk client. `image`/`video` (and, for `createProviderRegistry`,
 * `imageModel`/`videoModel`) take the neutral model ids; the provider that runs them comes from the
 * configuration, so swapping providers stays a configuration change.
 */
export interface GrokImagineProvider extends ProviderV4 {
  /** An image model: `grok-imagine-image` or `grok-imagine-image-pro` (quality tier). */
  image(modelId: GrokImagineImageModelId): GrokImagineImageModel;
  /** A video model: `grok-imagine-video` or `grok-imagine-video-1.5` (1080p-capable). */
  video(modelId: GrokImagineVideoModelId): GrokImagineVideoModel;
  /** Same as `image`, under the name the AI SDK's registry calls. */
  imageModel(modelId: GrokImagineImageModelId): ImageModelV4;
  /** Same as `video`, under the name the AI SDK's registry calls. */
  videoModel(modelId: GrokImagineVideoModelId): Experimental_VideoModelV4;
  /** Grok Imagine has no language models: always `NoSuchModelError`. */
  languageModel(modelId: string): never;
  /** Grok Imagine has no embedding models: always `NoSuchModelError`. */
  embeddingModel(modelId: string): never;
  /** The sdk client every call goes through: `quote`, `jobs`, `spend`, `get`, `wait`, `resume`. */
  readonly imagine: Imagine;
}

/** Builds the provider over an sdk client; the entry points' `createGrokImagine` call this. */
export function buildGrokImagineProvider(imagine: Imagine, config: GrokImagineConfig): GrokImagineProvider {
  const context: ModelContext = {
    imagine,
    mediaFetch: config.fetch,
    clock: config.clock,
    xaiVideo15Model: config.providers?.xai?.models?.video1080p ?? XAI_VIDEO_15_MODEL,
  };
  const image = (modelId: string): GrokImagineImageModel => {
    if (!isImageModelId(modelId)) throw new NoSuchModelError({ modelId, modelType: 'imageModel' });
    return new GrokImagineImageModel(modelId, context);
  };
  const video = (modelId: string): GrokImagineVideoModel => {
    if (!isVideoModelId(modelId)) throw new NoSuchModelError({ modelId, modelType: 'videoModel' });
    return new GrokImagineVideoModel(modelId, context);
  };
  return {
    specificationVersion: 'v4',
    imagine,
    image,
    video,
    imageModel: image,
    videoModel: video,
    languageModel(modelId: string): never {
      throw new NoSuchModelError({ modelId, modelType: 'languageModel' });
    },
    embeddingModel(modelId: string): never {
      throw new NoSuchModelError({ modelId, modelType: 'embeddingModel' });
    },
  };
}
