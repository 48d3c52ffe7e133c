import {
  type MediaInput,
  type NormalizedRequest,
  type QualityTier,
  type RequestType,
  type ResolvedMedia,
  UnsupportedError,
  ValidationError,
} from '@grok-imagine/core';
import { checkEndpointParams } from './check-endpoint.ts';
import {
  isPixazoEndpointId,
  PIXAZO_ENDPOINT_IDS,
  PIXAZO_ENDPOINTS,
  type PixazoEndpoint,
  type PixazoEndpointId,
} from './endpoints.ts';

/** A request as routing sees it: normalized, with media in any form. */
export type RoutableRequest = NormalizedRequest<MediaInput | ResolvedMedia>;

/** One row of the routing table: which endpoint serves a neutral request. */
export interface PixazoRoute {
  type: RequestType;
  /** The row applies only to this model tier. */
  quality?: QualityTier;
  /** The row applies only to these resolutions. */
  resolutions?: readonly string[];
  endpoint: PixazoEndpointId;
}

/**
 * The one routing table, first match wins:
 *
 * | request | endpoint |
 * |---|---|
 * | text-to-image, quality `standard` | `grok-imagine-api-641` |
 * | text-to-image, quality `quality` | `grok-imagine-pro-text-to-image-quality` |
 * | image-edit, quality `quality` (the only tier Pixazo has) | `grok-imagine-pro-edit-quality` |
 * | text-to-video, 480p / 720p | `grok-imagine-video-text-to-video` |
 * | text-to-video, 1080p (16:9, 9:16, 1:1; 3–10 s) | `grok-imagine-video` |
 * | image-to-video | `grok-imagine-video-image-to-video` |
 * | reference-to-video (3–15 s) | `grok-imagine-video-reference-to-video` |
 * | video-edit | `grok-imagine-video-edit-video` |
 * | video-extend | none: unsupported |
 *
 * `providerOptions.pixazo.endpoint` names an endpoint explicitly instead.
 */
export const PIXAZO_ROUTES: readonly PixazoRoute[] = [
  { type: 'text-to-image', quality: 'standard', endpoint: 'grok-imagine-api-641' },
  { type: 'text-to-image', quality: 'quality', endpoint: 'grok-imagine-pro-text-to-image-quality' },
  { type: 'image-edit', quality: 'quality', endpoint: 'grok-imagine-pro-edit-quality' },
  { type: 'text-to-video', resolutions: ['480p', '720p'], endpoint: 'grok-imagine-video-text-to-video' },
  { type: 'text-to-video', resolutions: ['1080p'], endpoint: 'grok-imagine-video' },
  { type: 'image-to-video', endpoint: 'grok-imagine-video-image-to-video' },
  { type: 'reference-to-video', endpoint: 'grok-imagine-video-reference-to-video' },
  { type: 'video-edit', endpoint: 'grok-imagine-video-edit-video' },
];

function matches(route: PixazoRoute, request: RoutableRequest): boolean {
  if (route.type !== request.type) return false;
  const fields = request as unknown as Record<string, unknown>;
  if (route.quality && fields.quality !== route.quality) return false;
  if (route.resolutions && !route.resolutions.includes(String(fields.resolution))) return false;
  return true;
}

function explicitEndpoint(request: RoutableRequest): PixazoEndpoint | undefined {
  const chosen = request.providerOptions?.pixazo?.endpoint;
  if (chosen === undefined) return undefined;
  const serving = PIXAZO_ENDPOINT_IDS.filter((id) => PIXAZO_ENDPOINTS[id].type === request.type);
  if (!isPixazoEndpointId(chosen)) {
    throw new ValidationError(
      `providerOptions.pixazo.endpoint ${JSON.stringify(chosen)} is not a Pixazo Grok endpoint; known: ${PIXAZO_ENDPOINT_IDS.join(', ')}.`,
      {
        provider: 'pixazo',
        field: 'providerOptions.pixazo.endpoint',
        value: chosen,
        allowed: PIXAZO_ENDPOINT_IDS,
      },
    );
  }
  const endpoint = PIXAZO_ENDPOINTS[chosen];
  if (endpoint.type !== request.type) {
    throw new ValidationError(
      `Pixazo endpoint ${chosen} serves ${endpoint.type}, not ${request.type}; for ${request.type} use: ${serving.join(', ') || '(none)'}.`,
      { provider: 'pixazo', field: 'providerOptions.pixazo.endpoint', value: chosen, allowed: serving },
    );
  }
  return endpoint;
}

function routeFailure(request: RoutableRequest, candidates: readonly PixazoRoute[]): never {
  if (candidates.length === 0) {
    throw new UnsupportedError(`Pixazo has no Grok endpoint for ${request.type} requests.`, {
      provider: 'pixazo',
      code: 'unsupported_request_type',
    });
  }
  const fields = request as unknown as Record<string, unknown>;
  const byQuality = candidates.some((route) => route.quality);
  const field = byQuality ? 'quality' : 'resolution';
  const allowed = candidates.flatMap((route) => (byQuality ? [route.quality!] : (route.resolutions ?? [])));
  const only =
    field === 'quality' && allowed.length === 1
      ? ` Pixazo offers ${request.type} only in the ${allowed[0]} tier (${candidates[0]!.endpoint}); set quality: '${allowed[0]}'.`
      : '';
  throw new ValidationError(
    `${field} ${JSON.stringify(fields[field])} is not available on Pixazo for ${request.type}; allowed: ${allowed.join(', ')}.${only}`,
    { provider: 'pixazo', field, value: fields[field], allowed },
  );
}

/**
 * Picks the endpoint for a request — the one named in `providerOptions.pixazo.endpoint`, else the
 * routing table's — and checks the request against that endpoint's parameter ranges.
 * Throws `ValidationError` for a value the endpoint cannot take, `UnsupportedError` for video-extend.
 */
export function selectEndpoint(request: RoutableRequest): PixazoEndpoint {
  let endpoint = explicitEndpoint(request);
  if (!endpoint) {
    const candidates = PIXAZO_ROUTES.filter((route) => route.type === request.type);
    const route = candidates.find((candidate) => matches(candidate, request));
    if (!route) routeFailure(request, candidates);
    endpoint = PIXAZO_ENDPOINTS[route.endpoint];
  }
  checkEndpointParams(request, endpoint);
  return endpoint;
}
