import { createImagine } from '@grok-imagine/sdk';
import { performance } from 'node:perf_hooks';
const imageAnswer = JSON.stringify({
  data: [{ url: 'http://127.0.0.1/i.png', respect_moderation: true }],
  model: 'grok-imagine-image',
  usage: { cost_in_usd_ticks: 200000000 },
});
const videoStart = JSON.stringify({ request_id: '00000000-0000-4000-8000-000000000001' });
const videoDone = JSON.stringify({
  status: 'done',
  video: { url: 'http://127.0.0.1/v.mp4', duration: 6, respect_moderation: true },
  progress: 100,
  usage: { cost_in_usd_ticks: 4200000000 },
});
const headers = { 'content-type': 'application/json' };
async function fakeFetch(url, init) {
  const u = String(url);
  if (u.endsWith('/images/generations')) return new Response(imageAnswer, { status: 200, headers });
  if (u.endsWith('/videos/generations')) return new Response(videoStart, { status: 200, headers });
  return new Response(videoDone, { status: 200, headers });
}
async function rawCall() {
  const r = await fakeFetch('x/images/generations', {
    method: 'POST',
    headers: { authorization: 'Bearer k' },
    body: JSON.stringify({ model: 'grok-imagine-image', prompt: 'bench', n: 1 }),
  });
  return r.json();
}
const imagine = createImagine({
  env: {},
  provider: 'xai',
  apiKey: 'bench-key-000000',
  baseURL: 'http://fake/v1',
  fetch: fakeFetch,
  maxConcurrentJobs: false,
  providers: { xai: { limits: false } },
});
const kind = process.argv[2] ?? 'image';
const sdkCall =
  kind === 'image'
    ? () => imagine.generate({ type: 'text-to-image', prompt: 'bench' })
    : async () => {
        const j = await imagine.submit({ type: 'text-to-video', prompt: 'bench', duration: 6 });
        return imagine.get(j.id);
      };
async function time(fn, n) {
  const s = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return ((performance.now() - s) * 1000) / n;
}
const N = Number(process.env.N ?? 3000);
await time(rawCall, 1000);
await time(sdkCall, 1000);
const r = [],
  s = [];
for (let k = 0; k < 5; k++) {
  r.push(await time(rawCall, N));
  s.push(await time(sdkCall, N));
}
r.sort((a, b) => a - b);
s.sort((a, b) => a - b);
console.log(
  `${kind}: raw ${r[2].toFixed(1)} µs/call, sdk ${s[2].toFixed(1)} µs/call, sdk overhead ${(s[2] - r[2]).toFixed(1)} µs`,
);
