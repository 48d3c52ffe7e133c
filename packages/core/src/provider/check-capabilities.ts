import { UnsupportedError } from '../errors/unsupported-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import type { JobWarning } from '../job/job.ts';
import { errorValue, summarizeValue } from '../media/summarize-value.ts';
import type { NormalizedRequest } from '../request/normalized-request.ts';
import type { ProviderCapabilities } from './capabilities.ts';
import { describeFieldRule, violatesFieldRule } from './field-rule-check.ts';
import type { ProviderId } from './provider-id.ts';

/** Options of `checkCapabilities`. */
export interface CheckCapabilitiesOptions {
  /** Fields the user set; only these raise "ignored" warnings (defaults never do). */
  explicitFields: ReadonlySet<string>;
  /** Turn warnings into `UnsupportedError`s. */
  strict?: boolean;
}

function shown(value: unknown): string {
  return Array.isArray(value) ? `${value.length} items` : summarizeValue(value);
}

/**
 * Checks a normalized request against one provider's capabilities. A value outside the provider's
 * ranges is a `ValidationError` naming field, value and what the provider allows; an unsupported
 * type is an `UnsupportedError`; a field the provider ignores gives a warning (an error when strict).
 */
export function checkCapabilities(
  provider: ProviderId,
  capabilities: ProviderCapabilities,
  request: NormalizedRequest<unknown>,
  options: CheckCapabilitiesOptions,
): JobWarning[] {
  const capability = capabilities.types[request.type];
  if (!capability) {
    const supported = Object.keys(capabilities.types).join(', ');
    throw new UnsupportedError(
      `${provider} does not support ${request.type} requests (it supports: ${supported}).`,
      {
        provider,
        code: 'unsupported_request_type',
      },
    );
  }
  const warnings: JobWarning[] = [];
  const fields = request as unknown as Record<string, unknown>;
  for (const [field, rule] of Object.entries(capability.fields)) {
    const value = fields[field];
    if (value === undefined) continue;
    if (rule.kind === 'ignored') {
      if (!options.explicitFields.has(field)) continue;
      const message = `${provider} ignores ${field} for ${request.type}${rule.reason ? `: ${rule.reason}` : ''}.`;
      if (options.strict)
        throw new UnsupportedError(`${message} (strict mode)`, { provider, code: 'ignored_field' });
      warnings.push({ type: 'unsupported', field, provider, message });
      continue;
    }
    if (violatesFieldRule(rule, value)) {
      const allowed = describeFieldRule(rule);
      const allowedText = typeof allowed === 'string' ? allowed : allowed.join(', ');
      throw new ValidationError(
        `${field} ${shown(value)} is not supported by ${provider} for ${request.type}; allowed: ${allowedText}.`,
        { provider, field, value: errorValue(value), allowed },
      );
    }
  }
  return warnings;
}
