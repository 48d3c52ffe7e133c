import { describeFieldRule, ValidationError, violatesFieldRule } from '@grok-imagine/core';
import type { PixazoEndpoint } from './endpoints.ts';

/**
 * Checks a request against one endpoint's parameter rules. A value the endpoint cannot take is a
 * `ValidationError` naming the field, the value, the endpoint and what it allows — never clamped —
 * and, when the rule is an assumption rather than Pixazo's document, saying so and why.
 * Media arrays are summarised by their length, never echoed.
 */
export function checkEndpointParams(request: object, endpoint: PixazoEndpoint): void {
  const fields = request as Record<string, unknown>;
  for (const param of endpoint.params) {
    const value = fields[param.field];
    if (!param.rule || value === undefined || !violatesFieldRule(param.rule, value)) continue;
    const shown = Array.isArray(value) ? `${value.length} items` : JSON.stringify(value);
    const allowed = describeFieldRule(param.rule);
    const text = typeof allowed === 'string' ? allowed : allowed.join(', ');
    const hint = param.hint ? ` ${param.hint}` : '';
    const assumed = param.source === 'assumed' ? ` (Assumed limit: ${param.reason}.)` : '';
    throw new ValidationError(
      `${param.field} ${shown} is not supported by Pixazo endpoint ${endpoint.id} (${endpoint.type}); allowed: ${text}.${hint}${assumed}`,
      { provider: 'pixazo', field: param.field, value: Array.isArray(value) ? shown : value, allowed },
    );
  }
}
