import type { GenerationRequest } from '../request/request-schemas.ts';
import type { RequestType } from '../request/request-types.ts';

const IMAGE_URL = 'https://media.example.com/contract/source.png';
const VIDEO_URL = 'https://media.example.com/contract/source.mp4';

/**
 * One minimal valid request per type (only required fields, so core's defaults apply). The contract
 * suite quotes these and uses them to probe unsupported types; they never reach the network.
 */
export const SAMPLE_REQUESTS: Readonly<Record<RequestType, GenerationRequest>> = {
  'text-to-image': { type: 'text-to-image', prompt: 'A lighthouse at dusk, oil painting' },
  'image-edit': { type: 'image-edit', prompt: 'Add falling snow', image: IMAGE_URL },
  'text-to-video': { type: 'text-to-video', prompt: 'Waves rolling onto a beach at sunrise' },
  'image-to-video': { type: 'image-to-video', prompt: 'The camera slowly pans right', image: IMAGE_URL },
  'reference-to-video': {
    type: 'reference-to-video',
    prompt: '@Image1 walks through a market',
    references: [IMAGE_URL],
  },
  'video-edit': { type: 'video-edit', prompt: 'Make it black and white', video: VIDEO_URL },
  'video-extend': { type: 'video-extend', prompt: 'The bird flies off', video: VIDEO_URL },
};
