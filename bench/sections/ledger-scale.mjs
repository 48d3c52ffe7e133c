// Per-call cost of the paid-job ledger as jobs accumulate: `get` and `spend` with 1k and 10k jobs in
// flight, in memory and in a journal file. The provider is an in-process fake `fetch` (no sockets), so
// the figures are the SDK's own bookkeeping: the 10k ÷ 1k ratios say whether a call's cost grows
// with the jobs in flight.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createImagine, FileLedgerStore, MemoryLedgerStore } from '@grok-imagine/sdk/node';

const SIZES = [1_000, 10_000];
const GET_CALLS = 2_000;
const SPEND_CALLS = 200_000;

let nextId = 0;
/** A fake xAI: every video submit gets a fresh id; every status read says pending. */
async function fakeFetch(input, init) {
  const url = typeof input === 'string' ? input : input.url;
  const method = init?.method ?? (typeof input === 'string' ? 'GET' : input.method);
  if (method === 'POST' && url.endsWith('/videos/generations'))
    return Response.json({ request_id: `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}` });
  return new Response(null, { status: 202 });
}

async function fill(imagine, count) {
  const ids = [];
  for (let i = 0; i < count; i += 200) {
    const batch = Array.from({ length: Math.min(200, count - i) }, (_, j) =>
      imagine.submit({ type: 'text-to-video', prompt: `bench ${i + j}`, duration: 1 }),
    );
    for (const job of await Promise.all(batch)) ids.push(job.id);
  }
  return ids;
}

function perCall(calls, fn) {
  return async () => {
    const start = performance.now();
    for (let i = 0; i < calls; i++) await fn(i);
    return ((performance.now() - start) * 1000) / calls;
  };
}

const ROUNDS = 7;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Rows of per-call costs by store and size, plus `ratios` (10k ÷ 1k) by store. */
export async function ledgerScaleSection() {
  const rows = [];
  const ratios = {};
  for (const storeName of ['memory', 'file']) {
    // Both sizes live side by side and are measured in alternating rounds (medians), so a GC pause
    // or a noisy neighbour lands on both rather than skewing one.
    const subjects = [];
    for (const size of SIZES) {
      const dir = await mkdtemp(join(tmpdir(), 'ledger-bench-'));
      const store =
        storeName === 'memory' ? new MemoryLedgerStore() : new FileLedgerStore(join(dir, 'jobs.jsonl'));
      const imagine = createImagine({
        configFile: false,
        provider: 'xai',
        apiKey: 'bench-key-000000',
        fetch: fakeFetch,
        store,
        maxConcurrentJobs: false,
        providers: { xai: { limits: false } },
      });
      const fillStart = performance.now();
      const ids = await fill(imagine, size);
      const fillMs = performance.now() - fillStart;
      await perCall(200, (i) => imagine.get(ids[i % ids.length]))(); // warm-up
      subjects.push({ size, dir, store, imagine, ids, fillMs, get: [], spend: [] });
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const subject of subjects) {
        const { imagine, ids } = subject;
        subject.get.push(await perCall(GET_CALLS, (i) => imagine.get(ids[(i * 7919) % ids.length]))());
        subject.spend.push(await perCall(SPEND_CALLS / ROUNDS, () => imagine.spend())());
      }
    }
    const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
    for (const subject of subjects) {
      rows.push({
        store: storeName,
        jobs: subject.size,
        'submit (ms/job)': (subject.fillMs / subject.size).toFixed(3),
        'get (µs)': median(subject.get).toFixed(1),
        'spend (µs)': median(subject.spend).toFixed(2),
        'heap, both sizes (MB)': heapMb.toFixed(0),
      });
      await subject.store.close?.();
      await rm(subject.dir, { recursive: true, force: true });
    }
    const [small, large] = subjects;
    ratios[storeName] = {
      get: median(large.get) / median(small.get),
      spend: median(large.spend) / median(small.spend),
    };
  }
  return { rows, ratios };
}
