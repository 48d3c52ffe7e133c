import type {
  FieldRule,
  ImageAspectRatio,
  ProviderCapabilities,
  RequestType,
  TypeCapability,
  VideoAspectRatio,
} from '@grok-imagine/core';
import { VYDRA_MAX_CONCURRENT_JOBS } from './limits.ts';
import { VYDRA_PRICES } from './pricing.ts';
import { VYDRA_ROUTES, type VydraRoute } from './routes.ts';

/**
 * The seven aspect ratios Vydra documents for Grok Imagine ("aspect_ratio … 16:9, 9:16, 4:3, 3:4,
 * 1:1, 3:2, 2:3"), typed against core's shared image and video vocabularies.
 */
export const VYDRA_ASPECT_RATIOS = [
  '16:9',
  '9:16',
  '4:3',
  '3:4',
  '1:1',
  '3:2',
  '2:3',
] as const satisfies readonly (ImageAspectRatio | VideoAspectRatio)[];

/** Longest prompt Vydra accepts, in characters ("max 5000 chars"). */
export const VYDRA_MAX_PROMPT_LENGTH = 5000;

/** Video length Vydra documents: "Video duration in seconds (1-15)". */
const VYDRA_DURATION: FieldRule = { kind: 'range', min: 1, max: 15, unit: 'seconds' };

const prompt: FieldRule = { kind: 'maxLength', max: VYDRA_MAX_PROMPT_LENGTH };

// `auto` is sent as "no aspect_ratio", so Vydra follows the source image; without one it means nothing.
function ratioRule(route: VydraRoute): FieldRule {
  return { kind: 'enum', values: route.sourceImage ? [...VYDRA_ASPECT_RATIOS, 'auto'] : VYDRA_ASPECT_RATIOS };
}

function imageFields(route: VydraRoute): Record<string, FieldRule> {
  const fields: Record<string, FieldRule> = {
    prompt,
    aspectRatio: ratioRule(route),
    // One request, one image: the answer carries a single `imageUrl`.
    n: { kind: 'range', min: 1, max: 1 },
    resolution: { kind: 'ignored', reason: 'Vydra takes no image resolution' },
    format: { kind: 'ignored', reason: 'Vydra takes no output format' },
    quality: { kind: 'ignored', reason: 'Vydra offers one image model tier' },
    // Results are URLs only; there is no inline (base64) delivery.
    delivery: { kind: 'enum', values: ['url'] },
  };
  // `image_url` is one URL: an edit takes exactly one source image.
  if (route.sourceImage === 'images') fields.images = { kind: 'count', min: 1, max: 1 };
  return fields;
}

function videoFields(route: VydraRoute): Record<string, FieldRule> {
  return {
    prompt,
    duration: VYDRA_DURATION,
    aspectRatio: ratioRule(route),
    resolution: { kind: 'ignored', reason: 'Vydra takes no video resolution; it renders at its own default' },
  };
}

function capabilityOf(route: VydraRoute): TypeCapability {
  const entry = VYDRA_PRICES[route.priceEntry];
  const notes = [`Sent as Vydra's ${route.model} sub-model; ${entry?.credits} credits per request.`];
  if (route.sourceImage === 'images')
    notes.push('An edit takes exactly one source image (sent as image_url).');
  return { fields: route.media === 'image' ? imageFields(route) : videoFields(route), notes };
}

function deriveTypes(): ProviderCapabilities['types'] {
  const types: Partial<Record<RequestType, TypeCapability>> = {};
  for (const [type, route] of Object.entries(VYDRA_ROUTES) as [RequestType, VydraRoute][])
    types[type] = capabilityOf(route);
  return types;
}

/**
 * What Vydra's Grok Imagine endpoint can do, derived from {@link VYDRA_ROUTES}. Media must be URLs
 * (`inlineMedia: false`): bytes go through the `uploadMedia` hook. Cancel is `DELETE /jobs/{id}`.
 * `webhooks` is false: Vydra documents `webhookUrl` on `POST /jobs` (its workflow jobs API), not on
 * `POST /models/grok-imagine`, so the SDK does not claim a callback it has no source for.
 */
export const VYDRA_CAPABILITIES: ProviderCapabilities = {
  types: deriveTypes(),
  cancel: true,
  webhooks: false,
  inlineMedia: false,
  // Free plan; `account()` reports the plan's own limit.
  maxConcurrentJobs: VYDRA_MAX_CONCURRENT_JOBS,
};
