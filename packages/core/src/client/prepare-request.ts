import type { JobWarning } from '../job/job.ts';
import type { AdapterPlan } from '../provider/adapter-plan.ts';
import { checkCapabilities } from '../provider/check-capabilities.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import { resolveProviderDefaults } from '../provider/resolve-provider-defaults.ts';
import { type NormalizeResult, normalizeRequest } from '../request/normalize-request.ts';
import type { NormalizedRequest } from '../request/normalized-request.ts';
import type { GenerationRequest } from '../request/request-schemas.ts';

/**
 * A request normalized once, checked against one provider's capabilities and planned there: what
 * `quote`, the budget check, the ledger's intent and `start` all read, so no layer decides again.
 */
export interface PreparedRequest {
  /** The provider it was checked and planned for. */
  provider: ProviderAdapter['id'];
  /** The request with defaults applied. */
  request: NormalizedRequest;
  /** Fields the user set (defaults excluded). */
  explicitFields: ReadonlySet<string>;
  /** Capability warnings (fields this provider ignores) and the plan's own. */
  warnings: JobWarning[];
  /** Route, quote and rate-limit family on this provider. */
  plan: AdapterPlan;
}

/**
 * Checks and plans an already normalized request on one provider: defaults the provider does not
 * offer are resolved to its own (`resolveProviderDefaults`), then the capability check, then the
 * plan. Throws the capability check's `UnsupportedError` / `ValidationError` when the provider cannot
 * take it.
 */
export function prepareNormalized(
  adapter: ProviderAdapter,
  given: NormalizeResult,
  strict: boolean,
): PreparedRequest {
  const { normalized, warnings: defaultWarnings } = resolveProviderDefaults(
    adapter.id,
    adapter.capabilities,
    given,
  );
  const capabilityWarnings = checkCapabilities(adapter.id, adapter.capabilities, normalized.request, {
    explicitFields: normalized.explicitFields,
    strict,
  });
  const plan = adapter.plan(normalized.request);
  return {
    provider: adapter.id,
    request: normalized.request,
    explicitFields: normalized.explicitFields,
    warnings: [...defaultWarnings, ...capabilityWarnings, ...plan.warnings],
    plan,
  };
}

/** Normalizes (`normalizeRequest`), checks and plans a request on one provider. */
export function prepareRequest(
  adapter: ProviderAdapter,
  request: GenerationRequest,
  strict: boolean,
): PreparedRequest {
  return prepareNormalized(adapter, normalizeRequest(request), strict);
}
