/**
 * Grok Imagine inside Vercel's AI SDK: the AI SDK's own functions, the provider from configuration.
 * Set GROK_IMAGINE_PROVIDER (xai | pixazo | vydra) and the matching key, or pass them explicitly.
 */
import { createGrokImagine, type GrokImagineMetadata } from '@grok-imagine/ai-sdk';
import { experimental_generateVideo as generateVideo, generateImage } from 'ai';

/** One image and one 6-second video; logs what each cost. Returns the bytes. */
export async function imageAndVideo(): Promise<{ image: Uint8Array; video: Uint8Array }> {
  const gi = createGrokImagine({ provider: 'pixazo' }); // same config as createImagine; env too
  const { image, calls } = await generateImage({
    model: gi.image('grok-imagine-image'),
    prompt: 'A red fox in fresh snow',
    aspectRatio: '16:9',
  });
  const imageCall = calls[0]?.providerMetadata?.['grok-imagine'] as GrokImagineMetadata | undefined;
  console.log(imageCall?.jobId, imageCall?.cost); // 'pixazo:<id>', { usd, basis, quoted } or null

  const { video, providerMetadata } = await generateVideo({
    model: gi.video('grok-imagine-video'),
    prompt: 'Waves breaking on black rocks, slow tracking shot',
    duration: 6,
  });
  const videoCall = providerMetadata['grok-imagine'] as unknown as GrokImagineMetadata;
  console.log(videoCall.cost); // { usd: 0.42, usdTicks, basis: 'catalog' | 'reported', quoted: false }
  return { image: image.uint8Array, video: video.uint8Array };
}

/** Our extras ride in `providerOptions['grok-imagine']`; unknown keys are refused before sending. */
export async function qualityImageAsData(): Promise<string> {
  const gi = createGrokImagine();
  const { image, warnings } = await generateImage({
    model: gi.image('grok-imagine-image-pro'), // the quality tier
    prompt: 'A lighthouse on a cliff at dusk, oil painting',
    size: '2048x1152', // sent as resolution 2k + aspect ratio 16:9, with a 'compatibility' warning
    providerOptions: { 'grok-imagine': { delivery: 'data', format: 'png' } },
  });
  for (const warning of warnings) console.warn(warning);
  return image.base64;
}
