import type { RequestType } from '@grok-imagine/core';

/** The sub-models of `POST /models/grok-imagine` (Vydra's `model` field). */
export type VydraSubModel = 'text-to-image' | 'text-to-video' | 'image-to-video';

/** How one neutral request type runs on Vydra: one row of {@link VYDRA_ROUTES}. */
export interface VydraRoute {
  /** The sub-model sent as `model`. */
  model: VydraSubModel;
  /** What comes back, which decides the field rules, the MIME type fallback and the rate family. */
  media: 'image' | 'video';
  /** The price catalog entry the request is billed under. */
  priceEntry: 'image-request' | 'video-request';
  /** Where the source image sent as `image_url` comes from, if the type takes one. */
  sourceImage?: 'image' | 'images';
}

/**
 * Vydra's Grok Imagine endpoint as data: each neutral type Vydra can run, the sub-model it is sent
 * as, and the catalog entry it is billed under. Capabilities, the plan, the wire body and reconcile
 * all read this table, so the choice of sub-model is made in one place. An image edit is the
 * `text-to-image` sub-model with `image_url` ("Optional for text-to-image (enables editing)").
 */
export const VYDRA_ROUTES: Readonly<Partial<Record<RequestType, VydraRoute>>> = {
  'text-to-image': { model: 'text-to-image', media: 'image', priceEntry: 'image-request' },
  'image-edit': {
    model: 'text-to-image',
    media: 'image',
    priceEntry: 'image-request',
    sourceImage: 'images',
  },
  'text-to-video': { model: 'text-to-video', media: 'video', priceEntry: 'video-request' },
  'image-to-video': {
    model: 'image-to-video',
    media: 'video',
    priceEntry: 'video-request',
    sourceImage: 'image',
  },
};

/** The route of a request type, or `undefined` when Vydra cannot run it. */
export function vydraRouteOf(type: string): VydraRoute | undefined {
  return Object.hasOwn(VYDRA_ROUTES, type) ? VYDRA_ROUTES[type as RequestType] : undefined;
}
