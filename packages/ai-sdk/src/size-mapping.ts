import type { ProviderCapabilities, RequestType } from '@grok-imagine/sdk';

/** Width and height of an AI SDK size string such as `1280x720`. */
export interface PixelSize {
  width: number;
  height: number;
}

/** Reads `WxH`; anything else is `undefined`. */
export function parseSize(size: string): PixelSize | undefined {
  const match = /^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)$/.exec(size.trim());
  if (!match) return undefined;
  const width = Number(match[1]);
  const height = Number(match[2]);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** `32:18` → `16:9`; ratios with decimals (`19.5:9`) stay as written. */
export function reduceRatio(ratio: string): string {
  const [w, h] = ratio.split(':').map(Number);
  if (!Number.isInteger(w) || !Number.isInteger(h) || !w || !h) return ratio;
  const d = gcd(w, h);
  return `${w / d}:${h / d}`;
}

/** The aspect ratios a provider lists for a request type (none when it lists no rule). */
export function allowedRatios(capabilities: ProviderCapabilities, type: RequestType): readonly string[] {
  const rule = capabilities.types[type]?.fields.aspectRatio;
  return rule?.kind === 'enum' ? rule.values.filter((value) => value !== 'auto') : [];
}

/** True when the provider's rule for `field` of `type` lists `value`. */
export function allowsValue(
  capabilities: ProviderCapabilities,
  type: RequestType,
  field: string,
  value: string,
): boolean {
  const rule = capabilities.types[type]?.fields[field];
  return rule?.kind === 'enum' && rule.values.includes(value);
}

/** True when the provider accepts `field` of `type` but ignores it (e.g. Vydra's resolution). */
export function ignoresField(capabilities: ProviderCapabilities, type: RequestType, field: string): boolean {
  return capabilities.types[type]?.fields[field]?.kind === 'ignored';
}

// 1280x720 is 16:9 to within 0.1 %, 854x480 to within 0.1 %: 1 % tells ratios apart and forgives rounding.
const RATIO_TOLERANCE = 0.01;

/** The listed aspect ratio nearest to a pixel size, when one is within 1 %. */
export function matchRatio(size: PixelSize, allowed: readonly string[]): string | undefined {
  const target = size.width / size.height;
  let best: { ratio: string; error: number } | undefined;
  for (const ratio of allowed) {
    const [w, h] = ratio.split(':').map(Number);
    if (!w || !h) continue;
    const error = Math.abs(w / h / target - 1);
    if (error <= RATIO_TOLERANCE && (!best || error < best.error)) best = { ratio, error };
  }
  return best?.ratio;
}

/** The image tier a size asks for, by its long side: up to 1536 px is `1k`, up to 3072 px `2k`. */
export function imageTierForSize(size: PixelSize): '1k' | '2k' | undefined {
  const long = Math.max(size.width, size.height);
  if (long < 256) return undefined;
  if (long <= 1536) return '1k';
  if (long <= 3072) return '2k';
  return undefined;
}

/** The video resolution a size names, by its short side: 480, 720 or 1080 px. */
export function videoResolutionForSize(size: PixelSize): '480p' | '720p' | '1080p' | undefined {
  switch (Math.min(size.width, size.height)) {
    case 480:
      return '480p';
    case 720:
      return '720p';
    case 1080:
      return '1080p';
    default:
      return undefined;
  }
}
