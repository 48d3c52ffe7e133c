import type {
  Experimental_VideoModelV4,
  Experimental_VideoModelV4CallOptions,
  Experimental_VideoModelV4OperationStartResult,
  Experimental_VideoModelV4OperationStatusResult,
  Experimental_VideoModelV4OperationWebhook,
  Experimental_VideoModelV4Result,
  JSONValue,
  SharedV4Warning,
} from '@ai-sdk/provider';
import type { Job } from '@grok-imagine/sdk';
import { toAiSdkWarnings } from './job-warnings.ts';
import type { MappedCall } from './mapped-call.ts';
import { mapVideoCall } from './map-video-call.ts';
import { toAiSdkError } from './map-error.ts';
import { type ModelContext, responseInfo } from './model-context.ts';
import type { GrokImagineVideoModelId } from './model-ids.ts';
import { jobMetadata } from './provider-metadata.ts';
import { GrokImagineVideoOptionsSchema, PROVIDER_KEY, readProviderOptions } from './provider-options.ts';
import { quoteOn, submitCall, waitUntilDone } from './run-call.ts';
import { refuseWarningsWhenStrict } from './strict-check.ts';
import { type GrokImagineVideoOperation, readOperation } from './video-operation.ts';
import { failureMessage, videosOf } from './video-output.ts';

type WebhookFactory = () => PromiseLike<{
  url: string;
  received: PromiseLike<Experimental_VideoModelV4OperationWebhook>;
}>;

/**
 * Grok Imagine videos as an AI SDK `VideoModelV4`: `doStart` submits through the sdk client and
 * returns the job as a JSON operation, `doStatus` reads it (from any process), `doGenerate` does both
 * with the sdk's own polling. `handleWebhookOption` exists only when the configured provider calls
 * webhooks (Pixazo, Vydra); elsewhere the AI SDK polls.
 */
export class GrokImagineVideoModel implements Experimental_VideoModelV4 {
  readonly specificationVersion = 'v4' as const;
  readonly provider = 'grok-imagine.video';
  readonly modelId: GrokImagineVideoModelId;
  /** One job makes one video. */
  readonly maxVideosPerCall = 1;
  /** Present only for providers with webhooks: hands the AI SDK's webhook URL to `doStart`. */
  readonly handleWebhookOption?: (options: { webhook: WebhookFactory }) => Promise<{
    webhookUrl: string;
    received: PromiseLike<Experimental_VideoModelV4OperationWebhook>;
  }>;
  readonly #context: ModelContext;

  constructor(modelId: GrokImagineVideoModelId, context: ModelContext) {
    this.modelId = modelId;
    this.#context = context;
    if (context.imagine.capabilities().webhooks) {
      this.handleWebhookOption = async ({ webhook }) => {
        const { url, received } = await webhook();
        return { webhookUrl: url, received };
      };
    }
  }

  async #map(options: Experimental_VideoModelV4CallOptions): Promise<MappedCall> {
    const { imagine } = this.#context;
    const extras = readProviderOptions(GrokImagineVideoOptionsSchema, options.providerOptions);
    const call = mapVideoCall(options, this.modelId, extras, {
      capabilities: imagine.capabilities(),
      xaiVideo15Model: this.#context.xaiVideo15Model,
    });
    try {
      await refuseWarningsWhenStrict(call, imagine.provider);
    } catch (error) {
      throw toAiSdkError(error, 'create', call.request);
    }
    return call;
  }

  // The spec's `webhookUrl` wins over the option's URL; a provider without webhooks gets none, with a warning.
  #webhook(call: MappedCall, webhookUrl: string | undefined): MappedCall['webhook'] {
    if (webhookUrl === undefined) return call.webhook;
    if (!this.#context.imagine.capabilities().webhooks) {
      call.warnings.push({
        type: 'unsupported',
        feature: 'webhookUrl',
        details: `${this.#context.imagine.provider} calls no webhooks; poll with getVideoStatus instead.`,
      });
      return call.webhook;
    }
    return { url: webhookUrl, ...(call.webhook?.mode ? { mode: call.webhook.mode } : {}) };
  }

  async doStart(
    options: Experimental_VideoModelV4CallOptions & { webhookUrl?: string },
  ): Promise<Experimental_VideoModelV4OperationStartResult> {
    const { imagine } = this.#context;
    const call = await this.#map(options);
    const webhook = this.#webhook(call, options.webhookUrl);
    const job = await submitCall(imagine, call, options.abortSignal, webhook);
    const operation: GrokImagineVideoOperation = {
      jobId: job.id,
      type: job.type as GrokImagineVideoOperation['type'],
    };
    return {
      operation: { ...operation },
      warnings: [...call.warnings, ...toAiSdkWarnings(job.warnings)],
      providerMetadata: { [PROVIDER_KEY]: jobMetadata(job, quoteOn(imagine, call.request, job.provider)) },
      response: responseInfo(job.createdAt, this.modelId),
    };
  }

  async doStatus(options: {
    operation: JSONValue;
    abortSignal?: AbortSignal;
  }): Promise<Experimental_VideoModelV4OperationStatusResult> {
    const { imagine } = this.#context;
    const { jobId, type } = readOperation(options.operation);
    let job: Job;
    try {
      job = await imagine.get(jobId, {
        ...(type ? { type } : {}),
        ...(options.abortSignal ? { signal: options.abortSignal } : {}),
      });
    } catch (error) {
      throw toAiSdkError(error, 'read');
    }
    const response = responseInfo(job.updatedAt, this.modelId);
    if (job.status === 'pending') {
      // No warnings while pending: the AI SDK adds up the warnings of every poll.
      return {
        status: 'pending',
        providerMetadata: { [PROVIDER_KEY]: jobMetadata(job, undefined) },
        response,
      };
    }
    // The journal (shared, when a file store is configured) still holds the quote: one lookup by id.
    const entry = await imagine.entry(job.id);
    const providerMetadata = { [PROVIDER_KEY]: jobMetadata(job, entry?.quote) };
    if (job.status !== 'done')
      return { status: 'error', error: failureMessage(job), providerMetadata, response };
    // Ignored fields were reported by doStart; what is new since then (moderation) is reported here.
    const warnings: SharedV4Warning[] = toAiSdkWarnings(job.warnings.filter((w) => w.type !== 'unsupported'));
    return { status: 'completed', videos: videosOf(job), warnings, providerMetadata, response };
  }

  async doGenerate(options: Experimental_VideoModelV4CallOptions): Promise<Experimental_VideoModelV4Result> {
    const { imagine } = this.#context;
    const call = await this.#map(options);
    const submitted = await submitCall(imagine, call, options.abortSignal);
    const job = await waitUntilDone(imagine, submitted, call.request, options.abortSignal);
    return {
      videos: videosOf(job),
      warnings: [...call.warnings, ...toAiSdkWarnings(job.warnings)],
      providerMetadata: { [PROVIDER_KEY]: jobMetadata(job, quoteOn(imagine, call.request, job.provider)) },
      response: responseInfo(job.updatedAt, this.modelId),
    };
  }
}
