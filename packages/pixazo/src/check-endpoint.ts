import { ValidationError } from '@grok-imagine/core';
import type { EndpointRule, PixazoEndpoint } from './endpoints.ts';

function violates(rule: EndpointRule, value: unknown): boolean {
  switch (rule.kind) {
    case 'range':
      return typeof value !== 'number' || value < rule.min || value > rule.max;
    case 'enum':
      return !rule.values.includes(String(value));
    case 'count':
      return !Array.isArray(value) || value.length < rule.min || value.length > rule.max;
  }
}

function allowedOf(rule: EndpointRule): { text: string; allowed: string | readonly string[] } {
  switch (rule.kind) {
    case 'range': {
      const text = `${rule.min}–${rule.max}${rule.unit ? ` ${rule.unit}` : ''}`;
      return { text, allowed: text };
    }
    case 'enum':
      return { text: rule.values.join(', '), allowed: rule.values };
    case 'count': {
      const text = `${rule.min}–${rule.max} items`;
      return { text, allowed: text };
    }
  }
}

/**
 * Checks a request against one endpoint's parameter rules. A value the endpoint cannot take is a
 * `ValidationError` naming the field, the value, the endpoint and what it allows — never clamped.
 * Media arrays are summarised by their length, never echoed.
 */
export function checkEndpointParams(request: object, endpoint: PixazoEndpoint): void {
  const fields = request as Record<string, unknown>;
  for (const param of endpoint.params) {
    const value = fields[param.field];
    if (!param.rule || value === undefined || !violates(param.rule, value)) continue;
    const shown = Array.isArray(value) ? `${value.length} items` : JSON.stringify(value);
    const { text, allowed } = allowedOf(param.rule);
    throw new ValidationError(
      `${param.field} ${shown} is not supported by Pixazo endpoint ${endpoint.id} (${endpoint.type}); allowed: ${text}.${param.hint ? ` ${param.hint}` : ''}`,
      { provider: 'pixazo', field: param.field, value: Array.isArray(value) ? shown : value, allowed },
    );
  }
}
