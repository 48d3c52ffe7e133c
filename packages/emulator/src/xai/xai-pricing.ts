import { TICKS_PER_USD } from '../state/balances.ts';

const usd = (amount: number): number => Math.round(amount * TICKS_PER_USD);

/** Price of one output image, in ticks (1e-10 USD): $0.02 standard, $0.07 for the pro/quality tier (inferred). */
export const XAI_IMAGE_TICKS: Readonly<Record<string, number>> = {
  'grok-imagine-image': usd(0.02),
  'grok-imagine-image-pro': usd(0.07),
  'grok-imagine-image-quality': usd(0.07),
};

/** Price per second of video, in ticks, by model and resolution. */
export const XAI_VIDEO_TICKS_PER_SECOND: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'grok-imagine-video': { '480p': usd(0.05), '720p': usd(0.07) },
  'grok-imagine-video-1.5': {
    '480p': usd(0.08),
    '720p': usd(0.14),
    '1080p': usd(0.25),
  },
};

/** Cost in ticks of `seconds` of video. */
export function xaiVideoTicks(model: string, resolution: string, seconds: number): number {
  const perSecond = XAI_VIDEO_TICKS_PER_SECOND[model]?.[resolution] ?? 0;
  return Math.round(perSecond * seconds);
}
