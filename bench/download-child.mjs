// One download in a fresh process, so its peak RSS is its own: `node download-child.mjs <who> <url>
// <dir>` prints `{ peakRssAdded, bytes }` as JSON. who: sdk (imagine.download), raw (fetch piped to a
// file) or ai (the AI SDK's download of a generated video: it buffers the whole body).
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';

const [who, url, dir] = process.argv.slice(2);
await mkdir(dir, { recursive: true });
const target = join(dir, `${who}.mp4`);
// Load what the subject needs before the baseline, so imports do not count as download memory.
const { download } = who === 'sdk' ? await import('@grok-imagine/sdk/node') : {};
const ai = who === 'ai' ? await import('ai') : undefined;
globalThis.gc?.();
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
if (who === 'sdk') {
  const job = {
    id: 'xai:bench-download',
    provider: 'xai',
    type: 'text-to-video',
    status: 'done',
    outputs: [{ url, mimeType: 'video/mp4' }],
    warnings: [],
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  };
  await download(job, { path: target, allowPrivateHosts: true, overwrite: true });
} else if (who === 'raw') {
  const response = await fetch(url);
  await pipeline(Readable.fromWeb(response.body), createWriteStream(target));
} else {
  // What experimental_generateVideo does with a video URL: fetch it into memory (here without its
  // private-host check, which refuses loopback), then the caller writes the bytes.
  const response = await fetch(url);
  const data = new Uint8Array(await response.arrayBuffer());
  const { writeFile } = await import('node:fs/promises');
  await writeFile(target, data);
  void ai;
}
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
const { size } = await stat(target);
console.log(JSON.stringify({ peakRssAdded: peak - baseline, bytes: size }));
