import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProviderId } from '@grok-imagine/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { endless, huge, json, stallAfterHeaders, text } from './hostile-answers.ts';
import { callFor, ENDPOINTS } from './hostile-cases.ts';
import type { Answer, HostileServer } from './hostile-server.ts';
import {
  expectTyped,
  imagineOn,
  JOB,
  settle,
  startWorld,
  TIMEOUT_MS,
  watchUnhandled,
} from './hostile-world.ts';

/** Most the process may grow (RSS peak over the start) while every huge and endless answer is read. */
const MAX_GROWTH_BYTES = 50 * 2 ** 20;
const MiB = 2 ** 20;
const VIDEO = { 'content-type': 'video/mp4' };
const MP4_START = Buffer.from('000000186674797069736f6d', 'hex');

let server: HostileServer;
let dir: string;
const unhandled = watchUnhandled();
beforeAll(async () => {
  server = await startWorld();
  dir = await mkdtemp(join(tmpdir(), 'hostile-media-'));
});
afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  expect(unhandled.seen).toEqual([]);
});
afterAll(async () => {
  unhandled.stop();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs `work` while sampling RSS every 5 ms; resolves with the peak growth over the start. */
async function peakGrowth(work: () => Promise<void>): Promise<{ rss: number; heap: number }> {
  const start = process.memoryUsage();
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss - start.rss);
    heap = Math.max(heap, now.heapUsed - start.heapUsed);
  };
  const timer = setInterval(sample, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
    sample();
  }
  return { rss, heap };
}

const PAIRS = (Object.entries(ENDPOINTS) as [ProviderId, (typeof ENDPOINTS)[ProviderId]][]).flatMap(
  ([provider, endpoints]) => endpoints.map((endpoint) => [provider, endpoint] as const),
);

describe('memory stays bounded', () => {
  it('every endpoint answering an endless body, a 100 MB one and a 100 MB job id: < 50 MB growth', async () => {
    const idBody = `{"request_id":"${'j'.repeat(100 * MiB)}"}`.length;
    const answers = () => [endless(), huge(200, 100 * MiB, false), huge(200, idBody, true)];
    const run = async (pairs: typeof PAIRS) => {
      for (const [provider, endpoint] of pairs) {
        for (const answer of answers()) {
          const session = server.session();
          if (endpoint === 'list') session.script(provider, 'create', json(500, { error: 'boom' }));
          session.script(provider, endpoint, answer);
          const outcome = await settle(callFor(endpoint, imagineOn(session, provider), provider));
          expect(outcome.ok).toBe(false);
        }
      }
    };
    // The first pass loads code and grows V8's heap to hold one capped body: a one-time cost.
    const cold = await peakGrowth(() => run(PAIRS.slice(0, 1)));
    const warm = await peakGrowth(() => run(PAIRS));
    console.info(
      `hostile memory: first 3 answers RSS +${(cold.rss / MiB).toFixed(1)} MB; then ${PAIRS.length * 3} answers (two in three read up to the 8 MiB cap, then cancelled) RSS +${(warm.rss / MiB).toFixed(1)} MB, heap +${(warm.heap / MiB).toFixed(1)} MB at peak`,
    );
    expect(cold.rss).toBeLessThan(2 * MAX_GROWTH_BYTES);
    expect(warm.rss).toBeLessThan(MAX_GROWTH_BYTES);
    expect(warm.heap).toBeLessThan(MAX_GROWTH_BYTES);
  });
});

describe('media downloads of hostile answers', () => {
  async function jobWithMedia(answer: Answer) {
    const session = server.session();
    const url = session.mediaURL('v.mp4');
    session.script('vydra', 'status', json(200, { id: JOB, status: 'completed', output: { videoUrl: url } }));
    session.script('media', 'media', answer);
    const imagine = imagineOn(session, 'vydra', {
      download: { stallTimeoutMs: TIMEOUT_MS, timeoutMs: 5_000, maxVideoBytes: 4 * MiB },
    });
    const job = await imagine.get(`vydra:${JOB}`);
    expect(job.status).toBe('done');
    return { imagine, job, session };
  }

  it.each([
    ['an endless body', endless(200, VIDEO), 'ResponseValidationError'],
    ['a body over the size cap', huge(200, 20 * MiB, false, VIDEO), 'ResponseValidationError'],
    ['a declared size over the cap', huge(200, 20 * MiB, true, VIDEO), 'ResponseValidationError'],
    ['headers, then nothing', stallAfterHeaders(200, MP4_START, VIDEO), 'RequestTimeoutError'],
    [
      'an HTML page',
      text(200, '<html>not a video</html>', { 'content-type': 'text/html' }),
      'ResponseValidationError',
    ],
  ] as const)('%s → %s, bounded, no file left behind', async (_name, answer, expected) => {
    const { imagine, job } = await jobWithMedia(answer);
    const target = join(dir, `${expected}-${Math.random().toString(36).slice(2)}`);
    let outcome: Awaited<ReturnType<typeof settle>> | undefined;
    const growth = await peakGrowth(async () => {
      outcome = await settle(() => imagine.download(job, { dir: target, retries: 0 }));
    });
    expectTyped(outcome!, expected, 3_000);
    expect(growth.rss).toBeLessThan(MAX_GROWTH_BYTES);
    const left = await readdir(target).catch(() => []);
    expect(left).toEqual([]);
  });
});
