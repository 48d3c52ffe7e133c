import type { SharedV4Warning } from '@ai-sdk/provider';
import type { GenerationRequest, ProviderCapabilities, SubmitOptions } from '@grok-imagine/sdk';

/** An AI SDK call turned into the sdk's neutral request, with what could not be carried over. */
export interface MappedCall {
  /** The neutral request the sdk validates, quotes and submits. */
  request: GenerationRequest;
  /** AI SDK options that were changed or dropped on the way, in the spec's warning kinds. */
  warnings: SharedV4Warning[];
  /** The call's `strict` option: every warning becomes an error before anything is sent. */
  strict: boolean;
  /** Webhook to register with the job. */
  webhook: SubmitOptions['webhook'];
}

/** What the mapping of one call knows about the model and the provider it runs on first. */
export interface MappingContext {
  /** Capabilities of the configured provider (fallbacks may differ; the sdk checks each). */
  capabilities: ProviderCapabilities;
}

/** Copies the fields that are set: a field present as `undefined` must not count as given. */
export function definedFields<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
