import { referenceTagWarnings } from '@grok-imagine/core';
import type {
  AdapterPlan,
  JobWarning,
  MediaInput,
  NormalizedRequest,
  PriceCatalog,
  ResolvedMedia,
} from '@grok-imagine/core';
import { XAI_ENDPOINTS } from './endpoints.ts';
import { checkXaiVideoResolution, pickXaiModel, type XaiModels } from './models.ts';
import { quoteXai } from './quote.ts';

/**
 * Plans a checked request on xAI, once for both `quote` and `start`: the model it runs on (the plan's
 * `route`), its price, the rate-limit family, and a warning when a reference-to-video prompt names
 * references that were not given (or leaves some unnamed). No network.
 */
export function planXai(
  request: NormalizedRequest<MediaInput | ResolvedMedia>,
  prices: PriceCatalog,
  models: XaiModels,
): AdapterPlan {
  const model = pickXaiModel(request, models);
  if (
    request.type === 'text-to-video' ||
    request.type === 'image-to-video' ||
    request.type === 'reference-to-video'
  )
    checkXaiVideoResolution(request.resolution, model, models);
  const warnings: JobWarning[] =
    request.type === 'reference-to-video'
      ? referenceTagWarnings(request.prompt, request.references.length, 'xai')
      : [];
  return {
    route: model,
    quote: quoteXai(request, model, prices, models),
    warnings,
    limitKey: XAI_ENDPOINTS[request.type].family,
  };
}
