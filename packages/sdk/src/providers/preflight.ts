import {
  checkCapabilities,
  type JobWarning,
  type NormalizeResult,
  type ProviderAdapter,
  type Quote,
} from '@grok-imagine/core';

/** What a provider would make of a request, worked out without network. */
export interface Preflight {
  /** The price of the request on this provider. */
  quote: Quote;
  /** Fields this provider would ignore. */
  warnings: JobWarning[];
}

/**
 * Checks a normalized request against one adapter's capabilities and prices it. Throws the
 * capability check's `UnsupportedError` / `ValidationError` when the provider cannot take it.
 */
export function preflight(adapter: ProviderAdapter, normalized: NormalizeResult, strict: boolean): Preflight {
  const warnings = checkCapabilities(adapter.id, adapter.capabilities, normalized.request, {
    explicitFields: normalized.explicitFields,
    strict,
  });
  return { quote: adapter.quote(normalized.request), warnings };
}
