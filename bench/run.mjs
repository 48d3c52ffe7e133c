// Measures what the SDK adds on top of the wire, against a baseline measured in the same run:
// plain fetch calls to the same emulator endpoints. Prints figures and ratios; asserts nothing.
// Run after `pnpm build`: `pnpm bench` (optionally BENCH_ITERATIONS=200).
import { performance } from 'node:perf_hooks';
import { DEFAULT_EMULATOR_KEYS, startEmulator } from '@grok-imagine/emulator';
import { createImagine } from '@grok-imagine/sdk';

const iterations = Number(process.env.BENCH_ITERATIONS ?? 100);
const emulator = await startEmulator({
  seed: 1,
  timings: { imageMs: 0, videoMs: 0 },
  rateLimits: { xai: false, pixazo: false, vydra: false },
});

async function time(label, fn) {
  await fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await fn(i);
  const ms = performance.now() - start;
  return { label, ms, perCallMs: ms / iterations };
}

const imageBody = JSON.stringify({
  model: 'grok-imagine-image',
  prompt: 'bench',
  n: 1,
  aspect_ratio: '1:1',
  resolution: '1k',
  response_format: 'url',
});
const rawImage = () =>
  fetch(`${emulator.xaiBaseURL}/images/generations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${DEFAULT_EMULATOR_KEYS.xai}`, 'content-type': 'application/json' },
    body: imageBody,
  }).then((r) => r.json());

const imagine = createImagine({
  provider: 'xai',
  env: {},
  providers: {
    xai: { apiKey: DEFAULT_EMULATOR_KEYS.xai, baseURL: emulator.xaiBaseURL, limits: false },
    pixazo: { apiKey: DEFAULT_EMULATOR_KEYS.pixazo, baseURL: emulator.pixazoBaseURL, limits: false },
  },
  poll: { initialIntervalMs: 0, maxIntervalMs: 0, jitter: 0 },
});
const sdkImage = () => imagine.generate({ type: 'text-to-image', prompt: 'bench' });

const pixazoHeaders = {
  'ocp-apim-subscription-key': DEFAULT_EMULATOR_KEYS.pixazo,
  'content-type': 'application/json',
  'cache-control': 'no-cache',
};
const videoBody = JSON.stringify({ prompt: 'bench', duration: 6, aspect_ratio: '16:9', resolution: '720p' });
async function rawVideo() {
  const model = 'grok-imagine-video-text-to-video';
  const submit = await fetch(`${emulator.pixazoBaseURL}/${model}/v1/${model}-request`, {
    method: 'POST',
    headers: pixazoHeaders,
    body: videoBody,
  }).then((r) => r.json());
  for (;;) {
    const status = await fetch(`${emulator.pixazoBaseURL}/v2/requests/status/${submit.request_id}`, {
      headers: pixazoHeaders,
    }).then((r) => r.json());
    if (status.status === 'COMPLETED') return status;
  }
}
const pixazo = createImagine({
  provider: 'pixazo',
  env: {},
  providers: {
    pixazo: { apiKey: DEFAULT_EMULATOR_KEYS.pixazo, baseURL: emulator.pixazoBaseURL, limits: false },
  },
  poll: { initialIntervalMs: 0, maxIntervalMs: 0, jitter: 0 },
});
const sdkPixazoVideo = () => pixazo.generate({ type: 'text-to-video', prompt: 'bench' });

const rows = [];
const baseImage = await time('image: plain fetch (baseline)', rawImage);
const image = await time('image: imagine.generate (xai)', sdkImage);
const baseVideo = await time('video: plain fetch submit + poll (baseline)', rawVideo);
const video = await time('video: imagine.generate (pixazo)', sdkPixazoVideo);
rows.push([baseImage, null], [image, baseImage], [baseVideo, null], [video, baseVideo]);
await emulator.close();

console.log(
  `grok-imagine bench — ${iterations} iterations each, emulator on loopback, Node ${process.version}`,
);
for (const [row, base] of rows) {
  const ratio = base ? `  ×${(row.ms / base.ms).toFixed(2)} of baseline` : '';
  console.log(`${row.label.padEnd(48)} ${row.perCallMs.toFixed(2).padStart(8)} ms/call${ratio}`);
}
