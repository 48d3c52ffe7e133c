// Per-call latency (c=1) and throughput (c=64) of image generation and video submit + one poll,
// against the fake provider in its own process; subjects interleaved round by round.
import { aiSdkSubject, rawSubject, sdkSubject } from '../lib/subjects.mjs';
import { interleave, median } from '../lib/stats.mjs';

/** Medians (wall and CPU ms per call) by subject for one kind of call at one concurrency. */
async function measure(kind, subjects, concurrency, { rounds, count }) {
  const { wall, cpu } = await interleave(
    subjects.map(([name, subject]) => ({ name, call: subject[kind] })),
    { rounds, count, concurrency, warmup: Math.max(50, count) },
  );
  const medians = (byName) =>
    Object.fromEntries(Object.entries(byName).map(([name, v]) => [name, median(v)]));
  return { wall: medians(wall), cpu: medians(cpu) };
}

/** Runs the latency and throughput measures; returns rows of medians by subject. */
export async function latencySection(fake, { rounds = 9, count = 200 } = {}) {
  const base = `http://127.0.0.1:${fake.port}/v1`;
  await fake.ask({ type: 'config', config: { videoMs: 0 } });
  const raw = rawSubject(base);
  // A user whose account allows it lifts the concurrent-job cap; raw fetch and the AI SDK have none.
  const sdk = sdkSubject(base, { maxConcurrentJobs: false });
  const ai = aiSdkSubject(base);
  const all = [
    ['raw', raw],
    ['sdk', sdk],
    ['ai', ai],
  ];
  return {
    imageC1: await measure('image', all, 1, { rounds, count }),
    imageC64: await measure('image', all, 64, { rounds, count: count * 4 }),
    videoC1: await measure('videoSubmitPoll', all, 1, { rounds, count }),
    videoC64: await measure('videoSubmitPoll', all, 64, { rounds, count: count * 4 }),
  };
}
