// Rate-limit efficiency against the emulator (its own process) with a limit of 50 requests per
// second per key, the SDK told that limit: 500 images, then 120 videos (3 s ± 25 % each, xAI's
// concurrent-job cap of 15), each at c=64. Efficiency = the least time the bounds allow ÷ the time
// taken; 429s are counted as the emulator answered them and as callers saw them.
import { createImagine, RateLimitError } from '@grok-imagine/sdk';
import { startChild } from '../lib/child.mjs';
import { runBatch } from '../lib/stats.mjs';

const LIMIT = 50;
const SLOTS = 15;

async function run(options, request, jobs) {
  const emulator = await startChild(new URL('../emulator-process.mjs', import.meta.url).pathname, [
    JSON.stringify({
      seed: 3,
      timings: { imageMs: 0, videoMs: 3000 },
      rateLimits: { xai: { limit: LIMIT, windowMs: 1000 } },
    }),
  ]);
  const imagine = createImagine({
    env: {},
    provider: 'xai',
    apiKey: emulator.key,
    baseURL: emulator.xaiBaseURL,
    providers: { xai: { limits: [{ key: '*', limit: LIMIT, intervalMs: 1000 }] } },
    ...options,
  });
  let userVisible429 = 0;
  const started = Date.now();
  await runBatch(
    () =>
      imagine.generate(request).catch((error) => {
        if (RateLimitError.isInstance(error)) userVisible429++;
        else throw error;
      }),
    jobs,
    64,
  );
  const seconds = (Date.now() - started) / 1000;
  const stats = await emulator.ask({ type: 'stats' });
  await emulator.stop();
  return { seconds, stats, userVisible429 };
}

/** `{ images, videos }`: efficiency (0–1), 429s seen by the emulator and by callers, requests per job. */
export async function rateLimitSection() {
  const images = await run({}, { type: 'text-to-image', prompt: 'bench' }, 500);
  // The first LIMIT go at once; the other 450 need 9 windows.
  const imageBound = (500 - LIMIT) / LIMIT;
  const videos = await run({}, { type: 'text-to-video', prompt: 'bench', duration: 6 }, 120);
  const work = videos.stats.jobs.reduce((sum, job) => sum + (job.readyAt - job.createdAt), 0) / 1000;
  const requests = videos.stats.requests;
  const videoBound = Math.max(work / SLOTS, (requests - LIMIT) / LIMIT);
  return {
    images: {
      efficiency: imageBound / images.seconds,
      seconds: images.seconds,
      emulator429: images.stats.statuses[429] ?? 0,
      userVisible429: images.userVisible429,
    },
    videos: {
      efficiency: videoBound / videos.seconds,
      seconds: videos.seconds,
      boundSeconds: videoBound,
      emulator429: videos.stats.statuses[429] ?? 0,
      userVisible429: videos.userVisible429,
      requestsPerJob: requests / 120,
    },
  };
}
