import type { ProviderCapabilities, ProviderId } from '@grok-imagine/core';
import { PIXAZO_CAPABILITIES } from '@grok-imagine/pixazo';
import { VYDRA_CAPABILITIES } from '@grok-imagine/vydra';
import { XAI_CAPABILITIES } from '@grok-imagine/xai';

const CAPABILITIES: Readonly<Record<ProviderId, ProviderCapabilities>> = {
  xai: XAI_CAPABILITIES,
  pixazo: PIXAZO_CAPABILITIES,
  vydra: VYDRA_CAPABILITIES,
};

/**
 * What a provider supports, as data: request types, the rule of each field (ranges, allowed
 * values, ignored fields), cancel, webhooks and inline media. The same data the capability check,
 * `compare` and the docs read; integrations use it to advertise limits (e.g. images per call).
 */
export function providerCapabilities(provider: ProviderId): ProviderCapabilities {
  return CAPABILITIES[provider];
}
