import { IMAGE_SHORT_SIDE, VIDEO_SHORT_SIDE, frameSize } from '../media/dimensions.ts';
import type { MediaFormat, MediaSpec } from '../media/media-store.ts';
import type { EmulatorState } from '../server/emulator-state.ts';
import type { PixazoModel } from './pixazo-models.ts';
import type { PixazoValues } from './pixazo-validate.ts';

/** What a Pixazo job will produce. */
export interface PixazoOutput {
  kind: 'image' | 'video';
  media: Array<Omit<MediaSpec, 'tint'>>;
  /** Video length (also the billed seconds). */
  seconds?: number;
  /** Video resolution used for the price. */
  resolution: string;
}

const ASSUMED_SOURCE_SECONDS = 6;

/** The aspect ratio of a source file when it is one of the emulator's own, else `fallback`. */
function sourceAspect(state: EmulatorState, url: unknown, fallback: string): string {
  const file = typeof url === 'string' ? state.media.findByUrl(url) : undefined;
  return file ? `${file.spec.width}:${file.spec.height}` : fallback;
}

function imageOutput(values: PixazoValues, state: EmulatorState): PixazoOutput {
  const firstSource = Array.isArray(values.image_urls) ? values.image_urls[0] : undefined;
  const ratio =
    values.aspect_ratio === 'auto' ? sourceAspect(state, firstSource, '1:1') : String(values.aspect_ratio);
  const tier = values.resolution === '2k' ? '2k' : '1k';
  const spec = {
    format: String(values.output_format ?? 'jpeg') as MediaFormat,
    ...frameSize(ratio, IMAGE_SHORT_SIDE[tier]),
  };
  const count = Number(values.num_images ?? 1);
  return { kind: 'image', media: Array.from({ length: count }, () => spec), resolution: tier };
}

function videoOutput(model: PixazoModel, values: PixazoValues, state: EmulatorState): PixazoOutput {
  const source = model.mode === 'video-edit' ? state.media.findByUrl(String(values.video_url)) : undefined;
  const seconds =
    model.mode === 'video-edit' ? (source?.spec.seconds ?? ASSUMED_SOURCE_SECONDS) : Number(values.duration);
  let resolution = String(values.resolution);
  if (resolution === 'auto')
    resolution = source && Math.min(source.spec.width, source.spec.height) < 720 ? '480p' : '720p';
  let ratio = String(values.aspect_ratio ?? 'auto');
  if (ratio === 'auto') ratio = sourceAspect(state, values.image_url ?? values.video_url, '16:9');
  const size = frameSize(ratio, VIDEO_SHORT_SIDE[resolution as keyof typeof VIDEO_SHORT_SIDE] ?? 720);
  return { kind: 'video', media: [{ format: 'mp4', ...size, seconds }], seconds, resolution };
}

/** Decides the output files of a validated request. */
export function pixazoOutput(model: PixazoModel, values: PixazoValues, state: EmulatorState): PixazoOutput {
  return model.mode === 'text-to-image' || model.mode === 'image-edit'
    ? imageOutput(values, state)
    : videoOutput(model, values, state);
}
