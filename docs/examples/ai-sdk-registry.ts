/** Grok Imagine in the AI SDK's provider registry, beside any other provider. */
import { createGrokImagine } from '@grok-imagine/ai-sdk';
import { createProviderRegistry, experimental_generateVideo as generateVideo, generateImage } from 'ai';

const registry = createProviderRegistry({
  grok: createGrokImagine({ provider: 'xai', fallback: ['pixazo'] }),
});

/** Models by string id: `grok:grok-imagine-image`, `grok:grok-imagine-video-1.5`, … */
export async function fromRegistry(): Promise<number> {
  const { images } = await generateImage({
    model: registry.imageModel('grok:grok-imagine-image'),
    prompt: 'Three paper lanterns over a river',
    n: 2,
  });
  const { video } = await generateVideo({
    model: registry.videoModel('grok:grok-imagine-video'),
    prompt: { image: images[0]!.uint8Array, text: 'The lanterns drift slowly downstream' }, // image-to-video
    duration: 5,
  });
  return video.uint8Array.byteLength;
}
