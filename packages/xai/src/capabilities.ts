import type { ProviderCapabilities, TypeCapability } from '@grok-imagine/core';
import { XAI_ENDPOINTS } from './endpoints.ts';

function typesFromEndpoints(): ProviderCapabilities['types'] {
  const types: Partial<Record<keyof typeof XAI_ENDPOINTS, TypeCapability>> = {};
  for (const [type, endpoint] of Object.entries(XAI_ENDPOINTS) as [
    keyof typeof XAI_ENDPOINTS,
    (typeof XAI_ENDPOINTS)[keyof typeof XAI_ENDPOINTS],
  ][]) {
    types[type] = endpoint.notes
      ? { fields: endpoint.fields, notes: endpoint.notes }
      : { fields: endpoint.fields };
  }
  return types;
}

/**
 * What xAI's Grok Imagine API supports, derived from the endpoint table (`XAI_ENDPOINTS`). Core checks
 * every request against it before any call; `plan` adds the one rule that depends on the model
 * (1080p needs the 1.5 video model). No cancel endpoint, no webhooks; 15 concurrent jobs per account
 * (xAI document, "Rate Limits").
 */
export const XAI_CAPABILITIES: ProviderCapabilities = Object.freeze<ProviderCapabilities>({
  types: typesFromEndpoints(),
  cancel: false,
  webhooks: false,
  inlineMedia: true,
  maxConcurrentJobs: 15,
});
