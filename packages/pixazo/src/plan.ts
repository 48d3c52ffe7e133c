import {
  type AdapterPlan,
  isImageRequestType,
  type MediaInput,
  type NormalizedRequest,
  type PriceCatalog,
  type ResolvedMedia,
  referenceTagWarnings,
  ValidationError,
} from '@grok-imagine/core';
import { assumptionWarnings } from './assumption-warnings.ts';
import { isPixazoEndpointId, PIXAZO_ENDPOINTS, type PixazoEndpoint } from './endpoints.ts';
import { quotePixazoRequest } from './quote-request.ts';
import { selectEndpoint } from './routing.ts';

/**
 * Plans a normalized, capability-checked request on Pixazo, once for both quote and start: picks
 * the endpoint (and checks the request against that endpoint's own ranges), prices it there, and
 * warns when the request relies on a value the endpoint's document does not state, or when a
 * reference-to-video prompt's `@imageN` tags do not match its references. No network.
 */
export function planPixazoRequest(
  request: NormalizedRequest<MediaInput | ResolvedMedia>,
  prices: PriceCatalog,
): AdapterPlan {
  const endpoint = selectEndpoint(request);
  return {
    route: endpoint.id,
    quote: quotePixazoRequest(request, endpoint, prices),
    warnings: [
      ...assumptionWarnings(request, endpoint),
      ...(request.type === 'reference-to-video'
        ? referenceTagWarnings(request.prompt, request.references.length, 'pixazo')
        : []),
    ],
    limitKey: isImageRequestType(request.type) ? 'image' : 'video',
  };
}

/** The endpoint a plan chose; a plan for another provider's route is a `ValidationError`. */
export function endpointOfPlan(plan: AdapterPlan): PixazoEndpoint {
  if (!isPixazoEndpointId(plan.route)) {
    throw new ValidationError(`plan.route ${JSON.stringify(plan.route)} is not a Pixazo Grok endpoint.`, {
      provider: 'pixazo',
      field: 'plan.route',
      value: plan.route,
      allowed: Object.keys(PIXAZO_ENDPOINTS),
    });
  }
  return PIXAZO_ENDPOINTS[plan.route];
}
