import type { ImageModelV4CallOptions, SharedV4Warning } from '@ai-sdk/provider';
import type { GenerationRequest, RequestType } from '@grok-imagine/sdk';
import { toMediaInput } from './media-file.ts';
import { definedFields, type MappedCall, type MappingContext } from './mapped-call.ts';
import type { GrokImagineImageModelId } from './model-ids.ts';
import type { GrokImagineImageOptions } from './provider-options.ts';
import {
  allowedRatios,
  ignoresField,
  imageTierForSize,
  matchRatio,
  parseSize,
  reduceRatio,
} from './size-mapping.ts';

interface SizeMapping {
  resolution?: string;
  aspectRatio?: string;
  warning: SharedV4Warning;
}

// The AI SDK asks for pixels; Grok Imagine takes a tier (1k/2k) and an aspect ratio.
function mapSize(
  size: string,
  type: RequestType,
  aspectRatio: string | undefined,
  context: MappingContext,
): SizeMapping {
  const pixels = parseSize(size);
  const tier =
    pixels && !ignoresField(context.capabilities, type, 'resolution') ? imageTierForSize(pixels) : undefined;
  // An edit follows its source image's frame: a ratio is only derived for new images.
  const derive = pixels && !aspectRatio && type === 'text-to-image';
  const ratio = derive ? matchRatio(pixels, allowedRatios(context.capabilities, type)) : undefined;
  if (!tier && !ratio) {
    return {
      warning: {
        type: 'unsupported',
        feature: 'size',
        details: `size ${size} has no Grok Imagine equivalent here; use aspectRatio and providerOptions['grok-imagine'].resolution ('1k' | '2k').`,
      },
    };
  }
  const sent = [tier && `resolution ${tier}`, ratio && `aspect ratio ${ratio}`].filter(Boolean).join(' and ');
  return {
    ...definedFields({ resolution: tier, aspectRatio: ratio }),
    warning: {
      type: 'compatibility',
      feature: 'size',
      details: `size ${size} was sent as ${sent}; the provider picks the exact pixel size.`,
    },
  };
}

/**
 * Maps an `ImageModelV4` call to a neutral request: files make it an `image-edit`, the model id
 * picks the tier (`grok-imagine-image-pro` → `quality`), `size` becomes a resolution tier and, when
 * no aspect ratio is given, a ratio. `seed` and `mask` have no equivalent and become warnings.
 */
export function mapImageCall(
  options: ImageModelV4CallOptions,
  modelId: GrokImagineImageModelId,
  extras: GrokImagineImageOptions,
  context: MappingContext,
): MappedCall {
  const warnings: SharedV4Warning[] = [];
  const files = options.files ?? [];
  const type = files.length > 0 ? 'image-edit' : 'text-to-image';
  let aspectRatio = options.aspectRatio ? reduceRatio(options.aspectRatio) : undefined;
  let resolution = extras.resolution;
  if (options.size) {
    const mapped = mapSize(options.size, type, aspectRatio, context);
    resolution ??= mapped.resolution;
    aspectRatio ??= mapped.aspectRatio;
    warnings.push(mapped.warning);
  }
  if (options.seed !== undefined) {
    warnings.push({ type: 'unsupported', feature: 'seed', details: 'Grok Imagine takes no seed.' });
  }
  if (options.mask) {
    warnings.push({
      type: 'unsupported',
      feature: 'mask',
      details: 'Grok Imagine edits follow the prompt; there is no inpainting mask, so the mask was not sent.',
    });
  }
  const request = {
    type,
    ...definedFields({
      prompt: options.prompt,
      n: options.n,
      aspectRatio,
      resolution,
      quality: extras.quality ?? (modelId === 'grok-imagine-image-pro' ? 'quality' : undefined),
      format: extras.format,
      delivery: extras.delivery,
      providerOptions: extras.providerOptions,
    }),
    ...(type === 'image-edit' ? { images: files.map(toMediaInput) } : {}),
  } as GenerationRequest;
  return { request, warnings, strict: extras.strict ?? false, webhook: extras.webhook };
}
