import type { TextToImageRequest, TextToVideoRequest } from '@grok-imagine/sdk/node';

/** The image every provider makes in the demo. */
export const DEMO_IMAGE: TextToImageRequest = {
  type: 'text-to-image',
  prompt: 'A lighthouse on a basalt cliff at dusk, warm window light, oil painting',
};

/** The 6-second video every provider makes in the demo. */
export const DEMO_VIDEO: TextToVideoRequest = {
  type: 'text-to-video',
  prompt: 'Waves roll onto a pebble beach at sunset, slow dolly forward',
  duration: 6,
};

/** The demo's requests, in the order they run on each provider. */
export const DEMO_REQUESTS = [DEMO_IMAGE, DEMO_VIDEO] as const;
