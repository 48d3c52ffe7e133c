import type { JobWarning } from '../job/job.ts';
import type { NormalizeResult } from '../request/normalize-request.ts';
import type { NormalizedRequest } from '../request/normalized-request.ts';
import type { ProviderCapabilities } from './capabilities.ts';
import { violatesFieldRule } from './field-rule-check.ts';
import type { ProviderId } from './provider-id.ts';

/**
 * Makes core's defaults work on every provider: a field the user left out whose default this
 * provider does not offer for the request type takes the provider's first allowed value (capability
 * lists put the cheapest first), with a warning — e.g. `quality` on Pixazo's image edit, which
 * exists only in the quality tier. A value the user set is never changed: it is checked as given.
 */
export function resolveProviderDefaults(
  provider: ProviderId,
  capabilities: ProviderCapabilities,
  normalized: NormalizeResult,
): { normalized: NormalizeResult; warnings: JobWarning[] } {
  const capability = capabilities.types[normalized.request.type];
  if (!capability) return { normalized, warnings: [] };
  // Copied only when a default has to change: most requests pass through as they are.
  let request: Record<string, unknown> | undefined;
  const warnings: JobWarning[] = [];
  for (const field in capability.fields) {
    const rule = capability.fields[field];
    if (rule?.kind !== 'enum' || normalized.explicitFields.has(field)) continue;
    const value = (request ?? (normalized.request as unknown as Record<string, unknown>))[field];
    if (value === undefined || !violatesFieldRule(rule, value) || rule.values.length === 0) continue;
    const chosen = rule.values[0]!;
    request ??= { ...normalized.request };
    request[field] = chosen;
    warnings.push({
      type: 'other',
      field,
      provider,
      message: `${field} was not set; ${provider} does not offer the default "${String(value)}" for ${normalized.request.type}, so "${chosen}" is used (the quote prices it).`,
    });
  }
  if (request === undefined) return { normalized, warnings };
  return { normalized: { ...normalized, request: request as unknown as NormalizedRequest }, warnings };
}
