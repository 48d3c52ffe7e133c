// The clients compared, each pointed at the fake provider: plain fetch (the floor), grok-imagine, and
// the Vercel AI SDK with @ai-sdk/xai. Each makes the same calls the same way a user would.
import { createXai } from '@ai-sdk/xai';
import { createImagine } from '@grok-imagine/sdk';
import { experimental_getVideoStatus, experimental_startVideo, generateImage } from 'ai';

export const KEY = 'bench-key-0000000000';
const IMAGE_BODY = JSON.stringify({
  model: 'grok-imagine-image',
  prompt: 'bench',
  n: 1,
  aspect_ratio: '1:1',
  resolution: '1k',
  response_format: 'url',
});
const VIDEO_BODY = JSON.stringify({
  model: 'grok-imagine-video',
  prompt: 'bench',
  duration: 6,
  aspect_ratio: '16:9',
  resolution: '720p',
});
const HEADERS = {
  authorization: `Bearer ${KEY}`,
  'content-type': 'application/json',
  accept: 'application/json',
};

/** Plain `fetch`: what any client must at least do. */
export function rawSubject(base) {
  const post = (path, body) =>
    fetch(`${base}${path}`, { method: 'POST', headers: HEADERS, body }).then((r) => r.json());
  return {
    image: () => post('/images/generations', IMAGE_BODY),
    videoSubmitPoll: async () => {
      const { request_id } = await post('/videos/generations', VIDEO_BODY);
      return fetch(`${base}/videos/${request_id}`, { headers: HEADERS }).then((r) => r.json());
    },
    async videoGenerate(pollMs) {
      const { request_id } = await post('/videos/generations', VIDEO_BODY);
      for (;;) {
        const status = await fetch(`${base}/videos/${request_id}`, { headers: HEADERS }).then((r) =>
          r.json(),
        );
        if (status.status === 'done') return status;
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
  };
}

/** grok-imagine's public API, limits off (the fake has none) unless `extra` sets them. */
export function sdkSubject(base, extra = {}) {
  const imagine = createImagine({
    env: {},
    provider: 'xai',
    apiKey: KEY,
    baseURL: base,
    ...extra,
    providers: { xai: { limits: false, ...extra.providers?.xai } },
  });
  return {
    imagine,
    image: () => imagine.generate({ type: 'text-to-image', prompt: 'bench' }),
    videoSubmitPoll: async () => {
      const job = await imagine.submit({ type: 'text-to-video', prompt: 'bench', duration: 6 });
      return imagine.get(job.id);
    },
    videoGenerate: () => imagine.generate({ type: 'text-to-video', prompt: 'bench', duration: 6 }),
  };
}

/** The Vercel AI SDK with @ai-sdk/xai. */
export function aiSdkSubject(base) {
  const xai = createXai({ apiKey: KEY, baseURL: base });
  const imageModel = xai.image('grok-imagine-image');
  const videoModel = xai.video('grok-imagine-video');
  return {
    image: () => generateImage({ model: imageModel, prompt: 'bench' }),
    videoSubmitPoll: async () => {
      const started = await experimental_startVideo({ model: videoModel, prompt: 'bench', duration: 6 });
      return experimental_getVideoStatus(videoModel, { operation: started.operation });
    },
  };
}
