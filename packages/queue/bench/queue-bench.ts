/**
 * The queue bench: N items (mostly images, some videos at emulator speed) against the emulator with
 * rate limits set, W worker processes sharing the limits through Redis, one killed by SIGKILL the
 * instant the provider created one of its jobs. Its last line is
 * `queue bench: jobs=N workers=W killed=K lost=L duplicates=D throughput=P% of limit bound wall=Ss`.
 * Throughput compares the time the creates took (first to last) with the least the rate limits allow.
 */
import { type GenerationRequest, Ledger } from '@grok-imagine/core';
import { startEmulator } from '@grok-imagine/emulator';
import { createBatchQueue, RedisLedgerStore } from '../src/index.ts';
import { emulatorConfig } from '../test/helpers/emulator-config.ts';
import { auditBatch } from '../test/helpers/ledger-audit.ts';
import { startRedis } from '../test/helpers/redis-server.ts';
import { spawnWorker, stopWorkers, type WorkerProcess } from '../test/helpers/worker-processes.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const JOBS = env('BENCH_JOBS', 10_000);
const VIDEO_SHARE = env('BENCH_VIDEO_SHARE', 0.05);
const IMAGE_RATE = env('BENCH_IMAGE_RATE', 60);
const VIDEO_RATE = env('BENCH_VIDEO_RATE', 6);
const WORKERS = env('BENCH_WORKERS', 4);
const CONCURRENCY = env('BENCH_CONCURRENCY', 32);
// Every request counts under `*` (status reads too); set above image + video so the families bind.
const ALL_RATE = (IMAGE_RATE + VIDEO_RATE) * 2;
const KILL_AT = Math.floor(JOBS * 0.3);
const PREFIX = 'bench';

const workerScript = process.argv[2] as string;
const redis = await startRedis();
const workers: WorkerProcess[] = [];
let created = 0;
let killed = 0;
const createdAt: Record<'image' | 'video', number[]> = { image: [], video: [] };

function workerOf(prompt: string): string | undefined {
  const requests = emulator.requests;
  for (let i = requests.length - 1; i >= Math.max(0, requests.length - 500); i--) {
    if ((requests[i]!.body as { prompt?: unknown } | undefined)?.prompt === prompt)
      return requests[i]!.headers['x-worker'];
  }
  return undefined;
}

const emulator = await startEmulator({
  seed: 2026,
  speed: 20,
  rateLimits: { xai: { limit: ALL_RATE, windowMs: 1_000 }, pixazo: false, vydra: false },
  onJobCreated: (job) => {
    created++;
    createdAt[job.kind].push(Date.now());
    const victim = workers[0];
    if (killed > 0 || !victim || created < KILL_AT) return;
    if (workerOf((job.request as { prompt?: string }).prompt ?? '') !== victim.name) return;
    killed++;
    victim.child.kill('SIGKILL');
  },
});

const settings = {
  redisUrl: redis.url,
  prefix: PREFIX,
  config: { ...emulatorConfig(emulator), poll: { initialIntervalMs: 50, maxIntervalMs: 200 } },
  concurrency: CONCURRENCY,
  limits: {
    xai: {
      rules: [
        { key: 'image', limit: IMAGE_RATE, intervalMs: 1_000 },
        { key: 'video', limit: VIDEO_RATE, intervalMs: 1_000 },
        { key: '*', limit: ALL_RATE, intervalMs: 1_000 },
      ],
      maxConcurrentJobs: env('BENCH_JOB_CAP', 64),
    },
  },
  schedule: { firstCheckMs: 200, minIntervalMs: 100, maxIntervalMs: 500 },
  lockDurationMs: 5_000,
  stalledIntervalMs: 2_500,
  maxRateWaitMs: env('BENCH_MAX_RATE_WAIT', 10_000),
};
for (let i = 0; i < WORKERS; i++)
  workers.push(await spawnWorker(workerScript, { ...settings, name: `w${i}` }));

const videoEvery = VIDEO_SHARE > 0 ? Math.round(1 / VIDEO_SHARE) : Number.POSITIVE_INFINITY;
const requests: GenerationRequest[] = Array.from({ length: JOBS }, (_, i) =>
  i % videoEvery === videoEvery - 1
    ? { type: 'text-to-video', prompt: `bench video ${i}`, duration: 1 }
    : { type: 'text-to-image', prompt: `bench image ${i}` },
);
const counts = { image: requests.filter((r) => r.type === 'text-to-image').length, video: 0 };
counts.video = JOBS - counts.image;

const queue = createBatchQueue({ connection: redis.url, prefix: PREFIX });
const started = Date.now();
const { batchId } = await queue.enqueue(requests, { batchId: 'bench' });
let last = '';
for (;;) {
  const progress = await queue.progress(batchId);
  const line = `${progress.total - progress.queued - progress.submitted}/${progress.total} ended, ${progress.submitted} running, created ${created}`;
  if (line !== last) process.stderr.write(`\r${line}   `);
  last = line;
  if (progress.queued + progress.submitted === 0) break;
  await new Promise((resolve) => setTimeout(resolve, 500));
}
const wall = (Date.now() - started) / 1000;
process.stderr.write('\n');

const progress = await queue.progress(batchId);
const ledger = new Ledger({ store: new RedisLedgerStore({ connection: redis.url, prefix: PREFIX }) });
await ledger.ready();
const audit = auditBatch(emulator.jobs.values(), ledger.entries());
const ended = progress.done + progress.failed + progress.expired + progress.uncertain;
const lost = progress.total - ended + audit.unknownToLedger.length;
// The least time the rate limits allow for the creates (each family at its rate), against the time
// they took: first create to last.
const all = [...createdAt.image, ...createdAt.video];
const span = (Math.max(...all) - Math.min(...all)) / 1000;
const bound = Math.max(
  (counts.image - 1) / IMAGE_RATE,
  counts.video > 1 ? (counts.video - 1) / VIDEO_RATE : 0,
);
const throughput = Math.round((bound / span) * 1000) / 10;
if (process.env.BENCH_HISTOGRAM) {
  const first = Math.min(...all);
  const perSecond: number[] = [];
  for (const at of all)
    perSecond[Math.floor((at - first) / 1000)] = (perSecond[Math.floor((at - first) / 1000)] ?? 0) + 1;
  console.log(`creates per second: ${Array.from(perSecond, (n) => n ?? 0).join(' ')}`);
}
console.log(
  `items: ${counts.image} images at ${IMAGE_RATE}/s, ${counts.video} videos at ${VIDEO_RATE}/s; ` +
    `created ${audit.jobs}; done ${progress.done}, failed ${progress.failed}, expired ${progress.expired}, uncertain ${progress.uncertain}; ` +
    `creates took ${span.toFixed(1)}s, the limits allow ${bound.toFixed(1)}s; ledger ${JSON.stringify(audit.states)}`,
);
console.log(
  `queue bench: jobs=${JOBS} workers=${WORKERS} killed=${killed} lost=${lost} duplicates=${audit.duplicates.length} throughput=${throughput}% of limit bound wall=${wall.toFixed(1)}s`,
);
await ledger.store.close?.();
await queue.close();
await stopWorkers(workers);
await emulator.close();
await redis.close();
