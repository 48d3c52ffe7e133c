// A loopback fake of the xAI endpoints the benches call, run in its own process (bench/lib/child.mjs
// forks it) so the client under test does not share its event loop. Answers at once; videos finish
// after `videoMs` (± `videoJitter`, seeded) and report progress; images come back with the answer.
// Control over IPC: {type:'config', ...}, {type:'stats'}, {type:'reset'}.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
let config = { videoMs: 0, videoJitter: 0, seed: 1, mediaBytes: 0 };
let stats = { posts: 0, reads: 0, byPath: {}, arrivals: [] };
const jobs = new Map();
let seed = 1;
function random() {
  // mulberry32: the same seed gives the same durations in every run.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function send(res, status, body) {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function streamMedia(res, bytes) {
  res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': bytes });
  const chunk = Buffer.alloc(64 * 1024, 7);
  let left = bytes;
  const pump = () => {
    while (left > 0) {
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= piece.length;
      if (!res.write(piece)) return res.once('drain', pump);
    }
    res.end();
  };
  pump();
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const path = url.pathname;
  if (path.startsWith('/media/'))
    return streamMedia(res, Number(url.searchParams.get('bytes') ?? config.mediaBytes));
  const route = `${req.method} ${path.replace(/\/videos\/[^/]+$/, '/videos/:id')}`;
  stats.byPath[route] = (stats.byPath[route] ?? 0) + 1;
  stats.arrivals.push(Date.now());
  if (req.method === 'POST') {
    stats.posts++;
    const body = JSON.parse((await readBody(req)) || '{}');
    if (path === '/v1/images/generations') {
      const n = body.n ?? 1;
      const data = Array.from({ length: n }, () =>
        body.response_format === 'b64_json'
          ? { b64_json: PNG_1PX, respect_moderation: true }
          : { url: `http://127.0.0.1:${server.address().port}/media/i.png`, respect_moderation: true },
      );
      return send(res, 200, { data, model: body.model, usage: { cost_in_usd_ticks: 200_000_000 * n } });
    }
    if (path === '/v1/videos/generations') {
      const id = randomUUID();
      const spread = config.videoJitter * (2 * random() - 1);
      const now = Date.now();
      jobs.set(id, {
        id,
        createdAt: now,
        doneAt: now + Math.round(config.videoMs * (1 + spread)),
        seenDoneAt: undefined,
      });
      return send(res, 200, { request_id: id });
    }
    return send(res, 404, { code: 'not_found', error: `no route ${path}` });
  }
  if (req.method === 'GET' && path.startsWith('/v1/videos/')) {
    stats.reads++;
    const id = path.slice('/v1/videos/'.length);
    const job = jobs.get(id);
    if (!job) return send(res, 404, { code: 'not_found', error: 'no such job' });
    const now = Date.now();
    if (now < job.doneAt) {
      const progress = Math.floor((100 * (now - job.createdAt)) / Math.max(1, job.doneAt - job.createdAt));
      return send(res, 202, { status: 'pending', progress });
    }
    job.seenDoneAt ??= now;
    return send(res, 200, {
      status: 'done',
      video: {
        url: `http://127.0.0.1:${server.address().port}/media/v.mp4`,
        duration: 6,
        respect_moderation: true,
      },
      model: 'grok-imagine-video',
      progress: 100,
      usage: { cost_in_usd_ticks: 4_200_000_000 },
    });
  }
  return send(res, 404, { code: 'not_found', error: `no route ${path}` });
});
server.keepAliveTimeout = 60_000;

process.on('message', (message) => {
  if (message.type === 'config') {
    config = { ...config, ...message.config };
    seed = config.seed;
    process.send({ type: 'ok' });
  } else if (message.type === 'stats') {
    process.send({ type: 'stats', stats, jobs: [...jobs.values()] });
  } else if (message.type === 'reset') {
    stats = { posts: 0, reads: 0, byPath: {}, arrivals: [] };
    jobs.clear();
    process.send({ type: 'ok' });
  }
});
server.listen(0, '127.0.0.1', () => process.send({ type: 'ready', port: server.address().port }));
process.on('disconnect', () => process.exit(0));
