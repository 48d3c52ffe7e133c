import type { MediaInput, ResolvedMedia } from '../media/media-input.ts';
import type {
  ImageAspectRatio,
  ImageDelivery,
  ImageFormat,
  ImageResolution,
  QualityTier,
  VideoAspectRatio,
} from './request-types.ts';

/** Options addressed to one provider, e.g. `{ pixazo: { endpoint: 'grok-imagine-video' } }`. */
export type ProviderOptions = Record<string, Record<string, unknown>>;

interface Common {
  prompt: string;
  providerOptions?: ProviderOptions | undefined;
}
interface ImageCommon extends Common {
  n: number;
  aspectRatio: ImageAspectRatio;
  resolution: ImageResolution;
  format: ImageFormat;
  quality: QualityTier;
  delivery: ImageDelivery;
}
interface VideoCommon extends Common {
  duration: number;
  aspectRatio: VideoAspectRatio;
  resolution: '480p' | '720p' | '1080p';
}

/**
 * A request after validation and defaults: every optional field has its value. `M` is the media
 * type: `MediaInput` as the user gave it, or `ResolvedMedia` once core has read it (what adapters get).
 */
export type NormalizedRequest<M = MediaInput> =
  | ({ type: 'text-to-image' } & ImageCommon)
  | ({ type: 'image-edit'; images: M[] } & ImageCommon)
  | ({ type: 'text-to-video' } & VideoCommon)
  | ({ type: 'image-to-video'; image: M } & VideoCommon)
  | ({ type: 'reference-to-video'; references: M[] } & VideoCommon)
  | ({ type: 'video-edit'; video: M; resolution: 'auto' | '480p' | '720p' } & Common)
  | ({ type: 'video-extend'; video: M; duration: number } & Common);

/** What an adapter's `submit` receives: normalized, defaults applied, media read and checked. */
export type ProviderRequest = NormalizedRequest<ResolvedMedia>;

/** The normalized request of one type. */
export type NormalizedRequestOf<T extends NormalizedRequest['type'], M = MediaInput> = Extract<
  NormalizedRequest<M>,
  { type: T }
>;
