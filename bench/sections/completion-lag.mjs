// Lag from "job done at the provider" to `generate()` resolving, with default polling and xAI's
// documented request limits in force (the SDK's defaults), against the fake provider's videos of
// 6 s ± 30 % that report progress. Also checks the SDK kept to those limits: at most 60 requests in
// any minute and 1 video submission in any second, as the provider counted them.
import { quantile, runBatch } from '../lib/stats.mjs';
import { KEY } from '../lib/subjects.mjs';
import { createImagine } from '@grok-imagine/sdk';

/** Most timestamps inside any window of `windowMs`. */
function peakInWindow(times, windowMs) {
  const sorted = [...times].sort((a, b) => a - b);
  let peak = 0;
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while (sorted[end] - sorted[start] >= windowMs) start++;
    peak = Math.max(peak, end - start + 1);
  }
  return peak;
}

async function lagAt(fake, concurrency, jobs) {
  const base = `http://127.0.0.1:${fake.port}/v1`;
  await fake.ask({ type: 'reset' });
  await fake.ask({ type: 'config', config: { videoMs: 6000, videoJitter: 0.3, seed: 11 } });
  // Default settings: xAI's documented limits, the default schedule and concurrent-job cap.
  const imagine = createImagine({ env: {}, provider: 'xai', apiKey: KEY, baseURL: base });
  const resolvedAt = new Map();
  await runBatch(
    async () => {
      const job = await imagine.generate({ type: 'text-to-video', prompt: 'bench', duration: 6 });
      resolvedAt.set(job.id.slice('xai:'.length), Date.now());
    },
    jobs,
    concurrency,
  );
  const { stats, jobs: provided } = await fake.ask({ type: 'stats' });
  const lags = provided.map((job) => (resolvedAt.get(job.id) - job.doneAt) / 1000);
  return {
    median: quantile(lags, 0.5),
    p90: quantile(lags, 0.9),
    max: Math.max(...lags),
    requestsPerJob: (stats.posts + stats.reads) / jobs,
    peakPerMinute: peakInWindow(stats.arrivals, 60_000),
  };
}

/** Lag figures (seconds) at c=1 and c=4. */
export async function completionLagSection(fake, { jobs = 12 } = {}) {
  return { c1: await lagAt(fake, 1, jobs), c4: await lagAt(fake, 4, jobs * 2) };
}
