import { ValidationError } from '@grok-imagine/core';
import type { NormalizedRequest } from '@grok-imagine/core';
import * as v from '@grok-imagine/core/valibot';

/** The xAI model ids the adapter sends; each is configurable because xAI renames models. */
export interface XaiModels {
  /** Standard image tier (`quality: 'standard'`). Default `grok-imagine-image`. */
  image: string;
  /**
   * Quality image tier (`quality: 'quality'`). Default `grok-imagine-image-pro`; xAI also offers
   * `grok-imagine-image-quality` (a different price).
   */
  imageQuality: string;
  /** Video model for 480p/720p. Default `grok-imagine-video`. */
  video: string;
  /** The video model that renders 1080p. Default `grok-imagine-video-1.5`. */
  video1080p: string;
}

/** The model ids used unless `XaiConfig.models` says otherwise. */
export const DEFAULT_XAI_MODELS: Readonly<XaiModels> = Object.freeze({
  image: 'grok-imagine-image',
  imageQuality: 'grok-imagine-image-pro',
  video: 'grok-imagine-video',
  video1080p: 'grok-imagine-video-1.5',
});

/** Schema of `providerOptions.xai`; unknown keys are rejected so a typo never passes silently. */
export const XaiProviderOptionsSchema = v.strictObject({
  /** Model id for this one request, e.g. `grok-imagine-video-1.5`. */
  model: v.optional(
    v.pipe(v.string('model must be a string'), v.trim(), v.minLength(1, 'model must not be empty')),
  ),
});

/** What a request may set under `providerOptions.xai`. */
export type XaiProviderOptions = v.InferOutput<typeof XaiProviderOptionsSchema>;

/** Reads and validates `request.providerOptions.xai`; a bad value is a `ValidationError` naming it. */
export function readXaiProviderOptions(
  request: Pick<NormalizedRequest<unknown>, 'providerOptions'>,
): XaiProviderOptions {
  const raw = request.providerOptions?.xai;
  if (raw === undefined) return {};
  const result = v.safeParse(XaiProviderOptionsSchema, raw);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  const field = `providerOptions.xai${path ? `.${path}` : ''}`;
  const problem = issue.type === 'strict_object' ? 'is not an xai option' : issue.message;
  throw new ValidationError(`${field} ${problem}; xai accepts providerOptions.xai = { model?: string }.`, {
    provider: 'xai',
    field,
    value: issue.input,
    allowed: ['model'],
  });
}

/**
 * The model a request runs on: `providerOptions.xai.model`, else the configured model for its tier.
 * 1080p video goes to the 1.5 video model on its own, the only one that renders it, so a swap to
 * xAI keeps working for 1080p requests without provider-specific options.
 */
export function pickXaiModel(request: NormalizedRequest<unknown>, models: XaiModels): string {
  const chosen = readXaiProviderOptions(request).model;
  if (chosen) return chosen;
  switch (request.type) {
    case 'text-to-image':
    case 'image-edit':
      return request.quality === 'quality' ? models.imageQuality : models.image;
    case 'text-to-video':
    case 'image-to-video':
      return request.resolution === '1080p' ? models.video1080p : models.video;
    case 'reference-to-video':
    case 'video-edit':
    case 'video-extend':
      return models.video;
  }
}

/**
 * xAI renders 1080p only with its 1.5 video model: any other model with 1080p is a
 * `ValidationError` that names the option to set.
 */
export function checkXaiVideoResolution(resolution: string, model: string, models: XaiModels): void {
  if (resolution !== '1080p' || model === models.video1080p) return;
  throw new ValidationError(
    `resolution "1080p" needs the ${models.video1080p} model on xai, but this request uses ${model}. Set providerOptions: { xai: { model: '${models.video1080p}' } }, or choose 480p or 720p.`,
    { provider: 'xai', field: 'resolution', value: resolution, allowed: ['480p', '720p'] },
  );
}
