import { TICKS_PER_USD } from '../state/balances.ts';
import type { PixazoValues } from './pixazo-validate.ts';

const usd = (amount: number): number => Math.round(amount * TICKS_PER_USD);

/**
 * Per-second video prices (USD) as the Pixazo documents list them; the `grok-imagine-video` model's
 * 720p/1080p prices and every image price are not published and are assumptions of the emulator.
 */
const VIDEO_PER_SECOND: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'grok-imagine-video': { '720p': usd(0.07), '1080p': usd(0.25) },
  'grok-imagine-video-text-to-video': { '480p': usd(0.05), '720p': usd(0.07) },
  'grok-imagine-video-image-to-video': { '480p': usd(0.05), '720p': usd(0.07) },
  'grok-imagine-video-reference-to-video': { '480p': usd(0.05), '720p': usd(0.07) },
  'grok-imagine-video-edit-video': { '480p': usd(0.06), '720p': usd(0.08) },
};

/** Per-image prices (USD ticks) by model and resolution tier: assumed, not published. */
const IMAGE_EACH: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'grok-imagine-api-641': { '1k': usd(0.02), '2k': usd(0.02) },
  'grok-imagine-pro-text-to-image-quality': { '1k': usd(0.07), '2k': usd(0.1) },
  'grok-imagine-pro-edit-quality': { '1k': usd(0.07), '2k': usd(0.1) },
};

/** What a request costs, in USD ticks: images per output, video per second at its resolution. */
export function pixazoCostTicks(
  modelId: string,
  values: PixazoValues,
  videoSeconds: number,
  videoResolution: string,
): number {
  const video = VIDEO_PER_SECOND[modelId];
  if (video) return (video[videoResolution] ?? 0) * videoSeconds;
  const perImage = IMAGE_EACH[modelId]?.[String(values.resolution ?? '1k')] ?? 0;
  return perImage * Number(values.num_images ?? 1);
}
