import {
  type AdapterPlan,
  type MediaInput,
  type NormalizedRequest,
  type ResolvedMedia,
  UnsupportedError,
} from '@grok-imagine/core';
import { quoteVydra, type VydraPricing } from './pricing.ts';
import { type VydraRoute, vydraRouteOf } from './routes.ts';

/** The route of a request Vydra can run; anything else is an `UnsupportedError` naming the type. */
export function requireVydraRoute(type: string): VydraRoute {
  const route = vydraRouteOf(type);
  if (!route) {
    throw new UnsupportedError(
      `vydra does not support ${type} requests; it runs text-to-image, image-edit, text-to-video and image-to-video.`,
      { provider: 'vydra', code: 'unsupported_request_type' },
    );
  }
  return route;
}

/**
 * Plans a checked request on Vydra: the sub-model (`route`, sent as `model`), its price from the
 * catalog, and the rate-limit family. No network; `quote` and `start` share it.
 */
export function planVydra(
  pricing: VydraPricing,
  request: NormalizedRequest<MediaInput | ResolvedMedia>,
): AdapterPlan {
  const route = requireVydraRoute(request.type);
  const n = 'n' in request ? request.n : 1;
  return {
    route: route.model,
    quote: quoteVydra(pricing, request.type, route, n),
    warnings: [],
    limitKey: route.media,
  };
}
