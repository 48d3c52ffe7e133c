import type { ImageModelV4, ImageModelV4CallOptions, ImageModelV4Result } from '@ai-sdk/provider';
import { fetchOutputBytes, type Imagine, type RoutedJob } from '@grok-imagine/sdk';
import { toAiSdkWarnings } from './job-warnings.ts';
import { mapImageCall } from './map-image-call.ts';
import { toAiSdkError } from './map-error.ts';
import { type ModelContext, responseInfo } from './model-context.ts';
import type { GrokImagineImageModelId } from './model-ids.ts';
import { type GrokImagineImageEntry, jobMetadata } from './provider-metadata.ts';
import { GrokImagineImageOptionsSchema, PROVIDER_KEY, readProviderOptions } from './provider-options.ts';
import { quoteOn, submitCall, waitUntilDone } from './run-call.ts';
import { refuseWarningsWhenStrict } from './strict-check.ts';

// Every provider of the order must take the batch: a fallback must not fail on `n` alone.
function imagesPerCall(imagine: Imagine): number {
  const limits = imagine.order.map((provider) => {
    const rule = imagine.capabilities(provider).types['text-to-image']?.fields.n;
    return rule?.kind === 'range' ? rule.max : 1;
  });
  return Math.max(1, Math.min(...limits));
}

async function imageBytes(
  job: RoutedJob,
  context: ModelContext,
  maxBytes: number | undefined,
  signal: AbortSignal | undefined,
) {
  const kept = job.outputs
    .map((output, index) => ({ output, index }))
    .filter(({ output }) => !output.blocked && (output.data !== undefined || output.url !== undefined));
  // Base64 from the provider is handed over as it came; a mix with URLs becomes bytes throughout.
  if (kept.every(({ output }) => output.data !== undefined)) {
    return { kept, images: kept.map(({ output }) => output.data!) };
  }
  const images = await Promise.all(
    kept.map(async ({ output }) => {
      const { bytes } = await fetchOutputBytes(output, {
        provider: job.provider,
        // As `imagine.download` decides: the config's `download.allowPrivateHosts`, else on for a
        // provider whose base URL is loopback (the emulator serves its media there).
        allowPrivateHosts: context.imagine.allowsPrivateHosts(job.provider),
        ...(maxBytes ? { maxBytes } : {}),
        ...(context.mediaFetch ? { fetch: context.mediaFetch } : {}),
        ...(context.clock ? { clock: context.clock } : {}),
        ...(signal ? { signal } : {}),
      });
      return bytes;
    }),
  );
  return { kept, images };
}

/**
 * Grok Imagine images as an AI SDK `ImageModelV4`. Every call goes through the sdk client: the
 * request is validated and quoted before anything is sent, budget and fallback apply, the job is
 * journaled, and the images come back as bytes fetched without any API key.
 */
export class GrokImagineImageModel implements ImageModelV4 {
  readonly specificationVersion = 'v4' as const;
  readonly provider = 'grok-imagine.image';
  readonly modelId: GrokImagineImageModelId;
  /** The most images one job makes on every provider of the order (`n` of text-to-image). */
  readonly maxImagesPerCall: number;
  /** `files` become an image edit where the configured provider offers one. */
  readonly supportsFileInputs: boolean;
  /** No provider takes an inpainting mask. */
  readonly supportsMaskInputs = false;
  readonly #context: ModelContext;

  constructor(modelId: GrokImagineImageModelId, context: ModelContext) {
    this.modelId = modelId;
    this.#context = context;
    this.maxImagesPerCall = imagesPerCall(context.imagine);
    this.supportsFileInputs = context.imagine.capabilities().types['image-edit'] !== undefined;
  }

  async doGenerate(options: ImageModelV4CallOptions): Promise<ImageModelV4Result> {
    const { imagine } = this.#context;
    const extras = readProviderOptions(GrokImagineImageOptionsSchema, options.providerOptions);
    const call = mapImageCall(options, this.modelId, extras, {
      capabilities: imagine.capabilities(),
    });
    try {
      await refuseWarningsWhenStrict(call, imagine.provider);
    } catch (error) {
      throw toAiSdkError(error, 'create', call.request);
    }
    const submitted = await submitCall(imagine, call, options.abortSignal);
    const job = await waitUntilDone(imagine, submitted, call.request, options.abortSignal);
    let fetched: Awaited<ReturnType<typeof imageBytes>>;
    try {
      fetched = await imageBytes(job, this.#context, extras.maxImageBytes, options.abortSignal);
    } catch (error) {
      throw toAiSdkError(error, 'accepted', call.request);
    }
    const entries: GrokImagineImageEntry[] = fetched.kept.map(({ output, index }) => ({
      jobId: job.id,
      provider: job.provider,
      index,
      mimeType: output.mimeType,
    }));
    const metadata = { ...jobMetadata(job, quoteOn(imagine, call.request, job.provider)), images: entries };
    return {
      images: fetched.images as string[] | Uint8Array[],
      // The job ran (and may be charged): an empty result must not make the AI SDK submit again.
      isRetryable: false,
      warnings: [...call.warnings, ...toAiSdkWarnings(job.warnings)],
      providerMetadata: { [PROVIDER_KEY]: metadata },
      response: responseInfo(job.updatedAt, this.modelId),
    };
  }
}
