// HTTP requests per video job at c=64 with default polling: 128 `generate` calls on videos the fake
// provider finishes at once (as in the measure) and on videos that take 3 s ± 30 %.
// grok-imagine keeps its default concurrent-job cap (xAI's 15): the extra submitters wait for slots.
import { createXai } from '@ai-sdk/xai';
import { experimental_generateVideo } from 'ai';
import { runBatch } from '../lib/stats.mjs';
import { KEY, sdkSubject } from '../lib/subjects.mjs';

const JOBS = 128;

async function countRequests(fake, videoMs, call) {
  await fake.ask({ type: 'reset' });
  await fake.ask({ type: 'config', config: { videoMs, videoJitter: videoMs ? 0.3 : 0, seed: 7 } });
  await runBatch(call, JOBS, 64);
  const { stats } = await fake.ask({ type: 'stats' });
  return (stats.posts + stats.reads) / JOBS;
}

/** Requests per job `{ sdk, ai }` for instant and 3 s videos. */
export async function requestsPerJobSection(fake) {
  const base = `http://127.0.0.1:${fake.port}/v1`;
  // No request-rate limits: the fake has none, and neither has the AI SDK.
  const sdk = sdkSubject(base);
  const xai = createXai({ apiKey: KEY, baseURL: base });
  // The AI SDK downloads the video after the job; its download refuses loopback hosts, and media
  // requests are not provider requests anyway: hand it empty bytes.
  const download = async () => ({ data: new Uint8Array(), mediaType: 'video/mp4' });
  const aiCall = () =>
    experimental_generateVideo({
      model: xai.video('grok-imagine-video'),
      prompt: 'bench',
      duration: 6,
      download,
    });
  const result = {};
  for (const [label, videoMs] of [
    ['instant', 0],
    ['3s', 3000],
  ]) {
    result[label] = {
      sdk: await countRequests(fake, videoMs, sdk.videoGenerate),
      ai: await countRequests(fake, videoMs, aiCall),
    };
  }
  return result;
}
