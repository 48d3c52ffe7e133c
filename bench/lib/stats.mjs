// Order statistics and the interleaved runner every section uses.
import { performance } from 'node:perf_hooks';

/** The q-quantile (0–1) of numbers, by linear interpolation. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

export const median = (values) => quantile(values, 0.5);

/** Runs `count` calls of `call(i)` with at most `concurrency` in flight; resolves with the ms taken. */
export async function runBatch(call, count, concurrency) {
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < count) await call(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return performance.now() - start;
}

/**
 * Measures subjects interleaved round by round: each round runs every subject once (in an order
 * rotated per round) for `count` calls at `concurrency`, after a warm-up of each. Returns, by
 * subject, the wall ms per call of every round (`wall`) and the CPU ms this process spent per call
 * (`cpu`: the client's own cost, steadier than wall time on a shared machine).
 */
export async function interleave(subjects, { rounds, count, concurrency, warmup }) {
  for (const subject of subjects) await runBatch(subject.call, warmup, concurrency);
  const wall = Object.fromEntries(subjects.map((s) => [s.name, []]));
  const cpu = Object.fromEntries(subjects.map((s) => [s.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < subjects.length; k++) {
      const subject = subjects[(round + k) % subjects.length];
      const before = process.cpuUsage();
      const ms = await runBatch(subject.call, count, concurrency);
      const used = process.cpuUsage(before);
      wall[subject.name].push(ms / count);
      cpu[subject.name].push((used.user + used.system) / 1000 / count);
    }
  }
  return { wall, cpu };
}
