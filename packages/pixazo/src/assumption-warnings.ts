import { type JobWarning, violatesFieldRule } from '@grok-imagine/core';
import type { PixazoEndpoint } from './endpoints.ts';

/**
 * Warnings for values a request relies on that the endpoint's document does not state (an assumed
 * rule's value outside its `documented` part, e.g. ratio 2:1 on grok-imagine-api-641): allowed, but
 * the job and `compare` say so.
 */
export function assumptionWarnings(request: object, endpoint: PixazoEndpoint): JobWarning[] {
  const fields = request as Record<string, unknown>;
  const warnings: JobWarning[] = [];
  for (const param of endpoint.params) {
    if (param.source !== 'assumed' || !param.documented) continue;
    const value = fields[param.field];
    if (value === undefined || !violatesFieldRule(param.documented, value)) continue;
    warnings.push({
      type: 'other',
      field: param.field,
      provider: 'pixazo',
      message: `${param.field} ${JSON.stringify(value)} on ${endpoint.id} is assumed, not documented: ${param.reason}.`,
    });
  }
  return warnings;
}
