// The same program with the Vercel AI SDK and @ai-sdk/xai.
import { xai } from '@ai-sdk/xai';
import { generateImage } from 'ai';

const { image } = await generateImage({ model: xai.image('grok-imagine-image'), prompt: 'a red kite' });
console.log(image.mediaType);
