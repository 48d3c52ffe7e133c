// The floor under each transport: the same image POST through Node's `fetch`, `fetch` with an abort
// signal (as a deadline needs), and `node:http` with a keep-alive agent, against the fake provider
// in its own process; interleaved rounds, medians, ratios against plain fetch. No SDK involved:
// this is why core talks through node:http on Node (docs/performance.md). `node bench/transport-floor.mjs`
import http from 'node:http';
import { startChild } from './lib/child.mjs';
import { interleave, median } from './lib/stats.mjs';
const KEY = 'bench-key-0000000000';

const fake = await startChild(new URL('./fake-provider.mjs', import.meta.url).pathname);
const url = new URL(`http://127.0.0.1:${fake.port}/v1/images/generations`);
const BODY = JSON.stringify({ model: 'grok-imagine-image', prompt: 'bench', n: 1, response_format: 'url' });
const HEADERS = {
  authorization: `Bearer ${KEY}`,
  'content-type': 'application/json',
  accept: 'application/json',
};
const agent = new http.Agent({ keepAlive: true });

function viaNodeHttp() {
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      agent,
      headers: { ...HEADERS, 'content-length': Buffer.byteLength(BODY) },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        text += chunk;
      });
      response.on('end', () => resolve(JSON.parse(text)));
    });
    request.end(BODY);
  });
}

const subjects = [
  {
    name: 'fetch',
    call: () => fetch(url, { method: 'POST', headers: HEADERS, body: BODY }).then((r) => r.json()),
  },
  {
    name: 'fetch + signal',
    call: () => {
      const controller = new AbortController();
      return fetch(url, { method: 'POST', headers: HEADERS, body: BODY, signal: controller.signal }).then(
        (r) => r.json(),
      );
    },
  },
  { name: 'node:http', call: viaNodeHttp },
];

console.log('| transport | c=1 ms per call | ×fetch | c=64 ms per call | ×fetch |');
console.log('| --- | --- | --- | --- | --- |');
const rows = {};
for (const concurrency of [1, 64]) {
  const { wall } = await interleave(subjects, {
    rounds: 11,
    count: concurrency === 1 ? 300 : 1200,
    concurrency,
    warmup: 300,
  });
  for (const name of Object.keys(wall)) {
    const ratio = median(wall[name].map((ms, round) => ms / wall.fetch[round]));
    rows[name] ??= [];
    rows[name].push(`${median(wall[name]).toFixed(3)} | ×${ratio.toFixed(2)}`);
  }
}
for (const [name, cells] of Object.entries(rows)) console.log(`| ${name} | ${cells.join(' | ')} |`);
await fake.stop();
